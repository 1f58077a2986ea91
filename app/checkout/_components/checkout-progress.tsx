"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { CHECKOUT_STEPS } from "../_lib/checkout-steps";

/** Where the shopper is in the checkout: earlier steps link back (to change them), later ones are not open yet. */
export function CheckoutProgress() {
  const pathname = usePathname();
  const current = Math.max(
    0,
    CHECKOUT_STEPS.findIndex(
      (step) => pathname === step.path || (step.id === "contact" && pathname === "/checkout/verify"),
    ),
  );
  return (
    <nav aria-label="Checkout steps">
      <ol className="flex items-center gap-1.5 text-xs font-semibold sm:gap-3 sm:text-sm">
        {CHECKOUT_STEPS.map((step, index) => {
          const state = index < current ? "done" : index === current ? "current" : "todo";
          return (
            <li key={step.id} className="flex min-w-0 items-center gap-1.5 sm:gap-3">
              {index > 0 ? <span aria-hidden className="h-px w-3 shrink-0 bg-line-strong sm:w-8" /> : null}
              <StepMarker index={index} state={state} />
              {state === "done" ? (
                <Link href={step.path} className="truncate text-fg underline-offset-4 hover:underline">
                  {step.label}
                  <span className="sr-only"> (done)</span>
                </Link>
              ) : (
                <span
                  aria-current={state === "current" ? "step" : undefined}
                  className={`truncate ${state === "current" ? "text-fg" : "text-fg-muted"} ${state === "current" ? "" : "hidden sm:inline"}`}
                >
                  {step.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepMarker({ index, state }: { index: number; state: "done" | "current" | "todo" }) {
  const look =
    state === "done"
      ? "bg-fg text-canvas"
      : state === "current"
        ? "bg-brand text-on-brand"
        : "border border-line-strong text-fg-muted";
  return (
    <span aria-hidden className={`grid size-6 shrink-0 place-items-center rounded-full text-xs ${look}`}>
      {state === "done" ? "✓" : index + 1}
    </span>
  );
}
