"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form/form-alert";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { IDLE_FORM } from "@/app/_lib/form-state";
import { placeOrderAction } from "../_actions/checkout-actions";
import { REVIEWED_TOTAL_FIELD } from "../_lib/reviewed-total";

/** The last button: places the order, then hands over to the payment page (or the confirmation, with nothing to pay). */
export function PlaceOrderForm({ label, reviewedTotal }: { label: string; reviewedTotal: number }) {
  const [state, formAction] = useActionState(placeOrderAction, IDLE_FORM);
  return (
    <form action={formAction} className="space-y-4" data-testid="place-order-form">
      <input type="hidden" name={REVIEWED_TOTAL_FIELD} value={String(reviewedTotal)} />
      <FormAlert state={state} />
      <SubmitButton pendingLabel="Placing your order…" className="w-full">
        {label}
      </SubmitButton>
    </form>
  );
}
