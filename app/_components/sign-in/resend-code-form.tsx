"use client";

import { useActionState, useEffect, useState } from "react";
import { resendCodeAction } from "@/app/_actions/sign-in-actions";
import { IDLE_FORM } from "@/app/_lib/form-state";
import { FormAlert } from "../form/form-alert";

/**
 * "Send a new code". Asked too soon, the store says how long to wait; the button then counts that down.
 */
export function ResendCodeForm() {
  const [state, formAction, isPending] = useActionState(resendCodeAction, IDLE_FORM);
  const waitSeconds = state.status === "error" ? (state.waitSeconds ?? 0) : 0;
  const wait = useCountdown(waitSeconds, state.status === "idle" ? 0 : state.id);
  return (
    <form action={formAction} className="space-y-3" data-testid="resend-form">
      <FormAlert state={state} />
      <p className="text-sm text-fg-muted">
        Didn’t get it? Check your spam folder, or{" "}
        <button
          type="submit"
          disabled={isPending || wait > 0}
          className="font-semibold text-brand underline underline-offset-4 disabled:cursor-not-allowed disabled:text-fg-muted disabled:no-underline"
        >
          {isPending ? "sending…" : "send a new code"}
        </button>
        {wait > 0 ? <span aria-live="off"> in {wait} s</span> : null}.
      </p>
    </form>
  );
}

/** Whole seconds left of a wait of `seconds` that started when `key` changed, ticking down to 0. */
function useCountdown(seconds: number, key: number): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return;
    const deadline = Date.now() + seconds * 1000;
    const tick = () => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [seconds, key]);
  return left;
}
