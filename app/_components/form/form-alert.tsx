import type { FormState } from "@/app/_lib/form-state";

/**
 * A checkout form's answer above its fields: an error is announced at once (role="alert"), a confirmation politely.
 * Always rendered, so screen readers notice when the text changes.
 */
export function FormAlert({ state, className = "" }: { state: FormState; className?: string }) {
  const text = state.status === "idle" ? "" : state.message;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      data-testid={error ? "form-error" : "form-status"}
      className={`rounded-control border px-4 py-3 text-sm empty:hidden ${error ? "border-sale/40 bg-brand-soft text-sale" : "border-line bg-surface text-fg-muted"} ${className}`}
    >
      {text}
    </p>
  );
}
