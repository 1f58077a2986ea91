/**
 * The answer of a checkout form's server action, shown in place: a message for the whole form, explanations next to
 * the fields they are about, and what the shopper typed (React resets a form after its action, so the fields are
 * filled again from here).
 */
export type FormState =
  | { status: "idle" }
  | {
      status: "error" | "done";
      message: string;
      fieldErrors?: Readonly<Record<string, string>>;
      values?: Readonly<Record<string, string>>;
      /** How long the store asked to wait before trying again, in seconds (a resend too soon). */
      waitSeconds?: number;
      /** Tells one answer from the next, so a repeated message is announced again. */
      id: number;
    };

export const IDLE_FORM: FormState = { status: "idle" };

export function formError(
  message: string,
  extra: { fieldErrors?: Record<string, string>; values?: Record<string, string>; waitSeconds?: number } = {},
): FormState {
  return { status: "error", message, ...extra, id: Date.now() };
}

export function formDone(message: string): FormState {
  return { status: "done", message, id: Date.now() };
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "idle" ? undefined : state.fieldErrors?.[name];
}

export function typedValue(state: FormState, name: string): string | undefined {
  return state.status === "idle" ? undefined : state.values?.[name];
}

/** The text of a form field, trimmed; "" when missing or not text. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
