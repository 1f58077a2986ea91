import "server-only";
import type { ApiResult, Cart } from "@commercengine/storefront-sdk";
import { getSession } from "../session";
import type { SessionData } from "../session-cookie";
import { CommerceApiError, shopperApi, unwrap, type ShopperApi } from "./client";
import { withShopperLock } from "./shopper-lock";

/**
 * Every change to the shopper's cart: add, set a quantity, apply or remove a coupon. Each one runs under the
 * shopper's lock, finds the cart (the id in the session, else the shopper's active cart), and keeps the session's
 * cart id in step with what the API says: a new cart is remembered, a vanished one forgotten.
 */

export interface CartLineInput {
  productId: string;
  variantId: string | null;
  quantity: number;
}

/** A change the API refused or could not make, with a message for the shopper. */
export class CartChangeError extends Error {
  constructor(
    message: string,
    /** "rejected": the API said no (stock, quantity rules, coupon); "unavailable": it could not be reached. */
    readonly reason: "rejected" | "unavailable",
  ) {
    super(message);
    this.name = "CartChangeError";
  }
}

const UNAVAILABLE = "We couldn’t reach the store just now. Your cart is unchanged: please try again.";

/** Adds units of a product (and variant) to the cart, creating the cart on the first add. */
export function addToCart(line: CartLineInput): Promise<Cart> {
  return changeCart(async ({ api, cart, remember }) => {
    if (cart) {
      const inCart = cart.cart_items.find((item) => sameLine(item, line))?.quantity ?? 0;
      const result = await api.cart.addDeleteCartItem(
        { id: cart.id },
        { product_id: line.productId, variant_id: line.variantId, quantity: inCart + line.quantity },
      );
      // The cart vanished between reading and writing it (expired, deleted elsewhere): start a new one.
      if (result.response?.status !== 404) return remember(unwrapCart(result));
    }
    const created = await api.cart.createCart({
      items: [{ product_id: line.productId, variant_id: line.variantId, quantity: line.quantity }],
    });
    return remember(unwrapCart(created));
  });
}

/** Sets a line's quantity (0 removes it). null when the shopper has no cart (any more). */
export function setCartLineQuantity(line: CartLineInput): Promise<Cart | null> {
  return changeCart(async ({ api, cart, remember }) => {
    if (!cart) return null;
    if (line.quantity === 0 && !cart.cart_items.some((item) => sameLine(item, line))) return cart;
    const result = await api.cart.addDeleteCartItem(
      { id: cart.id },
      { product_id: line.productId, variant_id: line.variantId, quantity: line.quantity },
    );
    if (result.response?.status === 404) return remember(null);
    return remember(unwrapCart(result));
  });
}

export function applyCartCoupon(code: string): Promise<Cart> {
  return changeCart(async ({ api, cart, remember }) => {
    if (!cart || cart.cart_items.length === 0) {
      throw new CartChangeError("Add something to your cart first, then apply the coupon.", "rejected");
    }
    const result = await api.cart.applyCoupon({ id: cart.id }, { coupon_code: code });
    if (result.response?.status === 404) {
      await remember(null);
      throw new CartChangeError("Your cart has expired. Add something to start a new one.", "rejected");
    }
    return remember(unwrapCart(result));
  });
}

export function removeCartCoupon(): Promise<Cart | null> {
  return changeCart(async ({ api, cart, remember }) => {
    if (!cart) return null;
    const result = await api.cart.removeCoupon({ id: cart.id });
    if (result.response?.status === 404) return remember(null);
    return remember(unwrapCart(result));
  });
}

interface CartContext {
  api: ShopperApi;
  /** The shopper's cart before this change, or null when they have none. */
  cart: Cart | null;
  /** Stores this cart's id in the session (or clears it for null) and hands the cart back. */
  remember<T extends Cart | null>(cart: T): Promise<T>;
}

async function changeCart<T>(change: (context: CartContext) => Promise<T>): Promise<T> {
  const session = await getSession();
  const data = session.data;
  // The middleware could not start a session: the API was unreachable when this request arrived.
  if (!data) throw new CartChangeError(UNAVAILABLE, "unavailable");

  return withShopperLock(data.userId, async () => {
    let saved: SessionData = data;
    const remember = async <C extends Cart | null>(cart: C): Promise<C> => {
      const cartId = cart?.id;
      if (cartId !== saved.cartId) {
        saved = cartId ? { ...saved, cartId } : withoutCartId(saved);
        await session.save(saved);
      }
      return cart;
    };
    try {
      const api = shopperApi(data.accessToken);
      const cart = await findCart(api, data);
      // A stored id that no longer answers is forgotten; an active cart found by user id is remembered.
      if (cart?.id !== data.cartId) await remember(cart);
      return await change({ api, cart, remember });
    } catch (error) {
      throw toCartChangeError(error);
    }
  });
}

/** The cart in the session, else the shopper's active cart, else null. */
async function findCart(api: ShopperApi, session: SessionData): Promise<Cart | null> {
  if (session.cartId) {
    const result = await api.cart.getCart({ id: session.cartId });
    if (result.response?.status !== 404) return unwrapCart(result);
  }
  const result = await api.cart.getUserCart({ user_id: session.userId });
  if (result.response?.status === 404) return null;
  return unwrapCart(result);
}

function unwrapCart(result: ApiResult<{ cart: Cart }>): Cart {
  return unwrap(result).cart;
}

function sameLine(item: Cart["cart_items"][number], line: CartLineInput): boolean {
  return item.product_id === line.productId && (item.variant_id ?? null) === line.variantId;
}

function withoutCartId(data: SessionData): SessionData {
  const { cartId: _dropped, ...rest } = data;
  return rest;
}

function toCartChangeError(error: unknown): CartChangeError {
  if (error instanceof CartChangeError) return error;
  if (error instanceof CommerceApiError && error.status !== null && error.status >= 400 && error.status < 500) {
    // 400/409/422: the API explains what it refused (stock, quantity rules, coupon conditions).
    if (error.status !== 401 && error.status !== 403) return new CartChangeError(error.message, "rejected");
  }
  console.error(`[cart] change failed: ${error instanceof Error ? error.message : String(error)}`);
  return new CartChangeError(UNAVAILABLE, "unavailable");
}
