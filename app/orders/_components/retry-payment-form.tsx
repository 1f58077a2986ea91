"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form/form-alert";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { IDLE_FORM } from "@/app/_lib/form-state";
import { retryPaymentAction } from "../_actions/retry-payment-action";

export function RetryPaymentForm({ orderNumber, label }: { orderNumber: string; label: string }) {
  const [state, formAction] = useActionState(retryPaymentAction.bind(null, orderNumber), IDLE_FORM);
  return (
    <form action={formAction} className="space-y-3" data-testid="retry-payment-form">
      <FormAlert state={state} />
      <SubmitButton pendingLabel="Opening the payment page…">{label}</SubmitButton>
    </form>
  );
}
