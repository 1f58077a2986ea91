/**
 * The checkout's steps, in order, and which one a shopper may be on. Each step is a page of its own, so back,
 * reload and a shared link all land on a real step; a step whose earlier steps are not done sends the shopper to the
 * first one that is not.
 */

export type CheckoutStep = "contact" | "address" | "delivery" | "review";

export const CHECKOUT_STEPS: readonly { id: CheckoutStep; label: string; path: string }[] = [
  { id: "contact", label: "Contact", path: "/checkout/contact" },
  { id: "address", label: "Address", path: "/checkout/address" },
  { id: "delivery", label: "Delivery", path: "/checkout/delivery" },
  { id: "review", label: "Review & pay", path: "/checkout/review" },
];

/** What is done so far, as the session and the cart say. */
export interface CheckoutProgress {
  signedIn: boolean;
  hasItems: boolean;
  hasAddress: boolean;
  hasDelivery: boolean;
  /** The order the shopper's last cart became, if any: with nothing left to buy, checkout leads there. */
  placedOrder?: string | null;
}

export const CART_PATH = "/cart";

const pathOf = (step: CheckoutStep) => CHECKOUT_STEPS.find((entry) => entry.id === step)?.path ?? "/checkout";

/**
 * The first step still to do; with nothing to buy, the order the cart just became (a shopper coming back from the
 * payment page) or else the cart.
 */
export function firstOpenStepPath(progress: CheckoutProgress): string {
  if (!progress.signedIn) return pathOf("contact");
  if (!progress.hasItems)
    return progress.placedOrder ? `/orders/${encodeURIComponent(progress.placedOrder)}` : CART_PATH;
  if (!progress.hasAddress) return pathOf("address");
  if (!progress.hasDelivery) return pathOf("delivery");
  return pathOf("review");
}

/** Where a shopper asking for `step` must go instead, or null when they may be there. */
export function redirectForStep(step: CheckoutStep, progress: CheckoutProgress): string | null {
  if (step === "contact") return null;
  const open = firstOpenStepPath(progress);
  const order = CHECKOUT_STEPS.map((entry) => entry.path);
  const openIndex = order.indexOf(open);
  // Nothing to buy (the cart, or the order it became) or an earlier open step comes first.
  if (openIndex === -1 || openIndex < order.indexOf(pathOf(step))) return open;
  return null;
}
