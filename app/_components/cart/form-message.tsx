import type { CartFormState } from "@/app/_lib/cart-form";

/**
 * The answer to a cart form, next to it: an error is announced at once (role="alert"), a confirmation politely.
 * The live region is always rendered, so screen readers notice when its text changes.
 */
export function FormMessage({
  state,
  id,
  className = "",
  showDone = true,
}: {
  state: CartFormState;
  id?: string;
  className?: string;
  /** Confirmations can be left out where the change speaks for itself (a new quantity). */
  showDone?: boolean;
}) {
  const error = state.status === "error";
  const text = error || (showDone && state.status === "done") ? state.message : "";
  return (
    <p
      id={id}
      role={error ? "alert" : "status"}
      data-testid={error ? "cart-error" : "cart-status"}
      className={`text-sm empty:hidden ${error ? "text-sale" : "text-fg-muted"} ${className}`}
    >
      {text}
    </p>
  );
}
