import { redirect } from "next/navigation";
import { firstOpenStepPath } from "./_lib/checkout-steps";
import { loadCheckout } from "./_lib/load-checkout";
import { CheckoutUnavailable } from "./_components/checkout-step";

export const instant = false;

/** The cart's Checkout button lands here: on to the first step still to do. */
export default async function CheckoutPage() {
  const state = await loadCheckout();
  if (state === "unavailable") return <CheckoutUnavailable retryHref="/checkout" />;
  redirect(firstOpenStepPath(state.progress));
}
