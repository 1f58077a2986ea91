"use client";

import { useActionState } from "react";
import { verifyCodeAction } from "@/app/_actions/sign-in-actions";
import { fieldError, IDLE_FORM, typedValue } from "@/app/_lib/form-state";
import { FormAlert } from "../form/form-alert";
import { useFocusOnError } from "../form/use-focus-on-error";
import { SubmitButton } from "../form/submit-button";
import { TextField } from "../form/text-field";

/** Step two of signing in: the code from the e-mail. A wrong or expired code is explained under the field. */
export function CodeForm() {
  const [state, formAction] = useActionState(verifyCodeAction, IDLE_FORM);
  const form = useFocusOnError(state);
  const codeError = fieldError(state, "code");
  return (
    <form ref={form} action={formAction} noValidate className="space-y-5" data-testid="code-form">
      {codeError ? null : <FormAlert state={state} />}
      <TextField
        key={state.status === "idle" ? "idle" : state.id}
        label="6-digit code"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9]*"
        // Room for a pasted code with a space in it ("123 456"): spaces are dropped.
        maxLength={9}
        required
        autoFocus
        defaultValue={typedValue(state, "code")}
        error={codeError}
        className="max-w-56"
      />
      <SubmitButton pendingLabel="Checking…" className="w-full sm:w-auto">
        Verify and continue
      </SubmitButton>
    </form>
  );
}
