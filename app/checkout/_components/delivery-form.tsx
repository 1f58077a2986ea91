"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/form/form-alert";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { formatPrice } from "@/app/_lib/format-price";
import { IDLE_FORM } from "@/app/_lib/form-state";
import { saveDeliveryAction } from "../_actions/checkout-actions";
import type { DeliveryChoiceView } from "../_lib/delivery-choice";

/** The ways the order can reach the shopper, as radio cards with their price and timing. */
export function DeliveryForm({
  choices,
  chosen,
  currency,
}: {
  choices: readonly DeliveryChoiceView[];
  chosen: string | null;
  currency: string;
}) {
  const [state, formAction] = useActionState(saveDeliveryAction, IDLE_FORM);
  return (
    <form action={formAction} className="space-y-6" data-testid="delivery-form">
      <FormAlert state={state} />
      <fieldset>
        <legend className="sr-only">Delivery method</legend>
        <div className="space-y-3">
          {choices.map((choice, index) => (
            <label
              key={choice.value}
              className="flex cursor-pointer items-center gap-4 rounded-card border border-line bg-surface p-4 transition-colors hover:border-line-strong has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-2 has-focus-visible:outline-focus"
              data-testid="delivery-choice"
            >
              <input
                type="radio"
                name="delivery"
                value={choice.value}
                required
                defaultChecked={chosen ? chosen === choice.value : index === 0}
                className="size-5 shrink-0 accent-brand"
              />
              <span className="min-w-0 flex-1">
                <span className="block font-semibold text-fg">{choice.title}</span>
                <span className="mt-0.5 block text-sm text-fg-muted">{choice.detail}</span>
              </span>
              <span className="text-sm font-semibold text-fg tabular-nums">
                {choice.price === null ? "" : choice.price === 0 ? "Free" : formatPrice(choice.price, currency)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Continue to review
      </SubmitButton>
    </form>
  );
}
