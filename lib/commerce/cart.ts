import "server-only";
import type { Cart, Coupon } from "@commercengine/storefront-sdk";
import { CommerceApiError, sessionApi, unwrap } from "./client";

/**
 * The shopper's active cart, or null when they have none. Uses the cart id in the session,
 * falling back to the shopper's active cart (`GET /carts/users/{user_id}`).
 */
export async function getActiveCart(): Promise<Cart | null> {
  const client = await sessionApi();
  if (!client) return null;
  const { api, session } = client;
  try {
    if (session.cartId) {
      const result = await api.cart.getCart({ id: session.cartId });
      if (result.response.status !== 404) return unwrap(result).cart;
    }
    const result = await api.cart.getUserCart({ user_id: session.userId });
    if (result.response.status === 404) return null;
    return unwrap(result).cart;
  } catch (error) {
    if (error instanceof CommerceApiError && error.status === 404) return null;
    throw error;
  }
}

/** Number of units in the cart, for the header badge. */
export function cartQuantity(cart: Cart | null): number {
  return cart?.cart_items.reduce((total, item) => total + item.quantity, 0) ?? 0;
}

/** Coupons this shopper may apply; an empty list when the API cannot say (the cart page works without them). */
export async function getAvailableCoupons(): Promise<Coupon[]> {
  const client = await sessionApi();
  if (!client) return [];
  try {
    return unwrap(await client.api.cart.getAvailableCoupons()).coupons;
  } catch (error) {
    console.error(`[cart] could not list coupons: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
