import type { FulfillmentChoice } from "./fulfillment-choice";
import { isDeliverablePincode } from "./serviceability";

/** What stands between a cart and an order: the field at fault, why, and what the shopper should do. */
export interface CheckoutBlocker {
  errors: Record<string, string>;
  message: string;
}

export interface CheckoutState {
  itemCount: number;
  shippingAddress: { pincode: string } | null;
  billingAddress: object | null;
  /** The shopper's choice, or the store's default when they made none. */
  fulfillment: FulfillmentChoice;
}

/** The first thing the shopper must fix before the cart can become an order, or null when it is ready. */
export function checkoutBlocker(state: CheckoutState): CheckoutBlocker | null {
  if (state.itemCount === 0) {
    return { errors: { cart_items: "empty" }, message: "Add an item to your cart to continue" };
  }
  const missing = [
    state.shippingAddress ? null : "shipping address",
    state.billingAddress ? null : "billing address",
  ].filter((name) => name !== null);
  if (missing.length > 0) {
    return {
      errors: Object.fromEntries(missing.map((name) => [name.replace(" ", "_"), "required"])),
      message: `Add a ${missing.join(" and a ")} to continue`,
    };
  }
  const pincode = state.shippingAddress!.pincode;
  if (state.fulfillment.type === "delivery" && !isDeliverablePincode(pincode)) {
    return {
      errors: { "shipping_address.pincode": "not serviceable" },
      message: `We cannot deliver to pincode ${pincode}: choose Collect in store or another address`,
    };
  }
  return null;
}
