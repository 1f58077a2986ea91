import type { CartView } from "./cart-view";

/**
 * The shopper as the browser knows them: their cart, and who they are signed in as. Catalog pages are shared HTML, so
 * the header learns both from `GET /api/shopper` once the page has loaded, and the cart from each cart action's
 * answer after that. Never a token.
 */
export type ShopperCart =
  | { status: "loading" }
  | { status: "ready"; cart: CartView | null }
  /** The API could not be reached: the header shows the cart link without a count. */
  | { status: "unavailable" };

/** A signed-in shopper, as the header greets them (what the server reads from the session's token). */
export type { SignedInShopper as ShopperAccount } from "@/lib/commerce/sign-in";
import type { SignedInShopper as ShopperAccount } from "@/lib/commerce/sign-in";

/** Who is signed in: an account, null for a guest, or "unknown" until the browser has asked (or when it could not). */
export type AccountState = ShopperAccount | null | "unknown";

/** The body of `GET /api/shopper`. */
export interface ShopperResponse {
  cart: CartView | null;
  account: ShopperAccount | null;
}

export const SHOPPER_ENDPOINT = "/api/shopper";

export async function fetchShopper(signal?: AbortSignal): Promise<{ cart: ShopperCart; account: AccountState }> {
  try {
    const response = await fetch(SHOPPER_ENDPOINT, { cache: "no-store", signal });
    if (!response.ok) return { cart: { status: "unavailable" }, account: "unknown" };
    const body = (await response.json()) as ShopperResponse;
    return { cart: { status: "ready", cart: body.cart }, account: body.account };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { cart: { status: "unavailable" }, account: "unknown" };
  }
}
