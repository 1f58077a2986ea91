import type { OtpStore } from "../auth/otp-store";
import type { SessionService } from "../auth/session-service";
import type { CatalogIndex } from "../catalog-index";
import type { CartStore, StoredCart } from "../carts/cart-store";
import type { DemoApiConfig } from "../config";
import type { RequestContext } from "../http/router";
import { badRequest, notFound, unauthorized } from "../http/envelope";
import type { AccessClaims } from "../auth/tokens";
import type { OrderStore } from "../orders/order-store";

/** What every route handler of the demo API can reach. */
export interface DemoApiDeps {
  config: DemoApiConfig;
  sessions: SessionService;
  /** Pending e-mail sign-in codes. */
  otps: OtpStore;
  catalog: CatalogIndex;
  carts: CartStore;
  orders: OrderStore;
  /** Origin shoppers' browsers reach the demo API at (payment pages are served there). */
  publicOrigin: string;
}

export function requireApiKey(deps: DemoApiDeps, ctx: RequestContext): void {
  const key = ctx.req.headers["x-api-key"];
  if (!key) throw unauthorized("X-Api-Key header is missing");
  if (key !== deps.config.apiKey) throw unauthorized("X-Api-Key is not valid for this store");
}

export function requireShopper(deps: DemoApiDeps, ctx: RequestContext): Promise<AccessClaims> {
  return deps.sessions.authenticate(ctx.req.headers.authorization);
}

/** Catalog reads accept the API key (public client) or a shopper's token (session client). */
export async function requireApiKeyOrShopper(deps: DemoApiDeps, ctx: RequestContext): Promise<void> {
  const key = ctx.req.headers["x-api-key"];
  if (key === deps.config.apiKey) return;
  if (!key && ctx.req.headers.authorization) {
    await requireShopper(deps, ctx);
    return;
  }
  requireApiKey(deps, ctx);
}

/** The shopper's cart with this id; someone else's cart is as invisible as a missing one. */
export function findOwnCart(deps: DemoApiDeps, shopper: AccessClaims, cartId: string): StoredCart {
  const cart = deps.carts.find(cartId, shopper.ulid);
  if (!cart) throw notFound(`Cart ${cartId.slice(0, 100)} not found`);
  return cart;
}

/** The `cart_id` of a request body. */
export function readCartId(body: Record<string, unknown>): string {
  if (typeof body.cart_id !== "string" || body.cart_id.trim() === "") {
    throw badRequest("cart_id is required", { cart_id: "required" });
  }
  return body.cart_id.trim();
}
