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
}

export const CART_PATH = "/cart";

const pathOf = (step: CheckoutStep) => CHECKOUT_STEPS.find((entry) => entry.id === step)?.path ?? "/checkout";

/** The first step still to do, or the cart when there is nothing to buy. */
export function firstOpenStepPath(progress: CheckoutProgress): string {
  if (!progress.signedIn) return pathOf("contact");
  if (!progress.hasItems) return CART_PATH;
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
  // The cart (nothing to buy) or an earlier open step comes first.
  if (openIndex === -1 || openIndex < order.indexOf(pathOf(step))) return open;
  return null;
}
