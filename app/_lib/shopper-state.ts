import type { CartView } from "./cart-view";

/**
 * The shopper's cart as the browser knows it. Catalog pages are shared HTML, so the header learns the cart from
 * `GET /api/cart` once the page has loaded, and from each cart action's answer after that.
 */
export type ShopperCart =
  | { status: "loading" }
  | { status: "ready"; cart: CartView | null }
  /** The API could not be reached: the header shows the cart link without a count. */
  | { status: "unavailable" };

const CART_ENDPOINT = "/api/cart";

export async function fetchShopperCart(signal?: AbortSignal): Promise<ShopperCart> {
  try {
    const response = await fetch(CART_ENDPOINT, { cache: "no-store", signal });
    if (!response.ok) return { status: "unavailable" };
    const body = (await response.json()) as { cart: CartView | null };
    return { status: "ready", cart: body.cart };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: "unavailable" };
  }
}
