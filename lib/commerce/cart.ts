import "server-only";
import type { Cart } from "@commercengine/storefront-sdk";
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
