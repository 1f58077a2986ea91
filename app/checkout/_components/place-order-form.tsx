"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form/form-alert";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { IDLE_FORM } from "@/app/_lib/form-state";
import { placeOrderAction } from "../_actions/checkout-actions";

/** The last button: places the order, then hands over to the payment page (or the confirmation, with nothing to pay). */
export function PlaceOrderForm({ label }: { label: string }) {
  const [state, formAction] = useActionState(placeOrderAction, IDLE_FORM);
  return (
    <form action={formAction} className="space-y-4" data-testid="place-order-form">
      <FormAlert state={state} />
      <SubmitButton pendingLabel="Placing your order…" className="w-full">
        {label}
      </SubmitButton>
    </form>
  );
}
