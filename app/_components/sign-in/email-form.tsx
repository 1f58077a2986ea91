"use client";

import { useActionState } from "react";
import { sendCodeAction } from "@/app/_actions/sign-in-actions";
import { fieldError, IDLE_FORM, typedValue } from "@/app/_lib/form-state";
import type { SignInFlow } from "@/app/_lib/sign-in-flow";
import { FormAlert } from "../form/form-alert";
import { useFocusOnError } from "../form/use-focus-on-error";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";

/** Step one of signing in: the shopper's e-mail address, to which the store sends a code. */
export function EmailForm({ flow, next, email }: { flow: SignInFlow; next?: string; email?: string }) {
  const [state, formAction] = useActionState(sendCodeAction, IDLE_FORM);
  const form = useFocusOnError(state);
  const emailError = fieldError(state, "email");
  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" data-testid="email-form">
      <input type="hidden" name="flow" value={flow} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {emailError ? null : <FormAlert state={state} />}
      <TextField
        // Filled again after an answer: React empties a form once its action has run.
        key={state.status === "idle" ? "idle" : state.id}
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
        maxLength={254}
        defaultValue={typedValue(state, "email") ?? email}
        error={emailError}
        hint="We’ll email you a 6-digit code. No password needed."
      />
      <SubmitButton pendingLabel="Sending your code…" className="w-full sm:w-auto">
        Email me a code
      </SubmitButton>
    </form>
  );
}
