"use client";

import { useActionState, useId } from "react";
import { FormAlert } from "@/app/_components/form/form-alert";
import { useFocusOnError } from "@/app/_components/form/use-focus-on-error";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { FIELD_CLASS, TextField } from "@/app/_components/form/text-field";
import { fieldError, IDLE_FORM, typedValue, type FormState } from "@/app/_lib/form-state";
import { saveAddressAction } from "../_actions/checkout-actions";
import { BILLING_PREFIX, BILLING_SAME } from "../_lib/address-form";

/**
 * The shipping address (and a billing address, when it differs). The server checks the form (noValidate: hidden
 * billing fields marked required stop nothing); mistakes are explained next to their field, and what was typed
 * stays. The billing fields hide with CSS while "same as shipping" is ticked, so this works without JavaScript too.
 */
export function AddressForm({
  saved,
  states,
}: {
  /** The addresses already on the cart, as form values. */
  saved: Record<string, string>;
  states: readonly string[];
}) {
  const [state, formAction] = useActionState(saveAddressAction, IDLE_FORM);
  const form = useFocusOnError(state);
  const value = (name: string) => typedValue(state, name) ?? saved[name];
  const billingSame = state.status === "idle" ? saved[BILLING_SAME] !== "" : typedValue(state, BILLING_SAME) === "on";
  const billingId = useId();
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="space-y-8"
      data-testid="address-form"
      // Filled again after an answer: React empties a form once its action has run.
      key={state.status === "idle" ? "idle" : state.id}
    >
      <FormAlert state={state} />
      <fieldset>
        <legend className="font-display text-lg font-semibold text-fg">Shipping address</legend>
        <AddressFields prefix="" state={state} value={value} states={states} />
      </fieldset>
      {/* The checkbox, its label and the billing fields are siblings, so CSS alone hides the fields (peer-checked). */}
      <div className="grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3">
        <input
          id={billingId}
          type="checkbox"
          name={BILLING_SAME}
          defaultChecked={billingSame}
          className="peer mt-0.5 size-5 accent-brand"
        />
        <label htmlFor={billingId} className="text-sm font-semibold text-fg">
          Billing address is the same as shipping
        </label>
        <fieldset className="col-span-2 mt-6 peer-checked:hidden">
          <legend className="font-display text-lg font-semibold text-fg">Billing address</legend>
          <AddressFields prefix={BILLING_PREFIX} state={state} value={value} states={states} />
        </fieldset>
      </div>
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Continue to delivery
      </SubmitButton>
    </form>
  );
}

function AddressFields({
  prefix,
  state,
  value,
  states,
}: {
  prefix: string;
  state: FormState;
  value: (name: string) => string | undefined;
  states: readonly string[];
}) {
  const field = (name: string) => ({
    name: prefix + name,
    defaultValue: value(prefix + name),
    error: fieldError(state, prefix + name),
  });
  const auto = (token: string) => (prefix ? `billing ${token}` : `shipping ${token}`);
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      <TextField
        label="First name"
        autoComplete={auto("given-name")}
        required
        maxLength={60}
        {...field("first_name")}
      />
      <TextField label="Last name" autoComplete={auto("family-name")} maxLength={60} {...field("last_name")} />
      <TextField
        label="Mobile number"
        type="tel"
        inputMode="tel"
        autoComplete={auto("tel-national")}
        required
        maxLength={16}
        hint="For the delivery partner. 10 digits."
        className="sm:col-span-2"
        {...field("phone")}
      />
      <TextField
        label="House number and street"
        autoComplete={auto("address-line1")}
        required
        maxLength={120}
        className="sm:col-span-2"
        {...field("address_line1")}
      />
      <TextField
        label="Area, apartment, landmark"
        autoComplete={auto("address-line2")}
        maxLength={120}
        className="sm:col-span-2"
        {...field("address_line2")}
      />
      <TextField label="City" autoComplete={auto("address-level2")} required maxLength={60} {...field("city")} />
      <TextField
        label="PIN code"
        inputMode="numeric"
        autoComplete={auto("postal-code")}
        required
        maxLength={6}
        {...field("pincode")}
      />
      <StateSelect
        name={prefix + "state"}
        defaultValue={value(prefix + "state")}
        error={fieldError(state, prefix + "state")}
        states={states}
        autoComplete={auto("address-level1")}
      />
    </div>
  );
}

function StateSelect({
  name,
  defaultValue,
  error,
  states,
  autoComplete,
}: {
  name: string;
  defaultValue: string | undefined;
  error: string | undefined;
  states: readonly string[];
  autoComplete: string;
}) {
  const id = useId();
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-semibold text-fg">
        State
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={FIELD_CLASS}
      >
        <option value="">Choose a state</option>
        {states.map((state) => (
          <option key={state} value={state}>
            {state}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm text-sale" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
