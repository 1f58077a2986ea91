import { expectObject, readJsonBody } from "../http/body";
import { badRequest, notFound, sendSuccess, unauthorized } from "../http/envelope";
import type { RequestContext, Router } from "../http/router";
import { parseCartLine, resolveCartLine } from "../carts/cart-line-rules";
import { couponDiscount, couponIneligibility } from "../carts/cart-totals";
import { findOwnCart, requireShopper, type DemoApiDeps } from "./context";
import type { Coupon } from "@commercengine/storefront-sdk";
import type { DemoCoupon } from "../catalog/types";

const MAX_ITEMS_PER_REQUEST = 50;

export function registerCartRoutes(router: Router, deps: DemoApiDeps): void {
  const { carts, catalog } = deps;

  /** The shopper's cart named in the path; someone else's cart is as invisible as a missing one. */
  async function ownCart(ctx: RequestContext) {
    return findOwnCart(deps, await requireShopper(deps, ctx), ctx.params.id ?? "");
  }

  router.add("POST", "/carts", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    if (!Array.isArray(body.items) || body.items.length === 0) {
      throw badRequest("items must be a non-empty array: a cart is created with its first item", { items: "required" });
    }
    if (body.items.length > MAX_ITEMS_PER_REQUEST)
      throw badRequest(`At most ${MAX_ITEMS_PER_REQUEST} items per request`);
    const lines = body.items.map((item, index) => {
      const line = parseCartLine(item, `items[${index}]`);
      if (line.quantity === 0) throw badRequest(`items[${index}].quantity must be at least 1`, { quantity: "invalid" });
      return resolveCartLine(catalog, line);
    });
    const cart = carts.create(shopper.ulid, lines, readMetadata(body.metadata));
    sendSuccess(ctx.res, "Cart created", { cart: carts.render(cart) });
  });

  router.add("GET", "/carts/available-coupons", async (ctx) => {
    await requireShopper(deps, ctx);
    const offered = deps.catalog.catalog.coupons.filter((coupon) => coupon.listed !== false);
    sendSuccess(ctx.res, "Available coupons", { coupons: offered.map(toWireCoupon) });
  });

  router.add("GET", "/carts/users/{user_id}", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    if (ctx.params.user_id !== shopper.ulid) throw unauthorized("You can only read your own cart");
    const cart = carts.findActive(shopper.ulid);
    if (!cart) throw notFound("No active cart for this user");
    sendSuccess(ctx.res, "Cart", { cart: carts.render(cart) });
  });

  router.add("GET", "/carts/{id}", async (ctx) => {
    sendSuccess(ctx.res, "Cart", { cart: carts.render(await ownCart(ctx)) });
  });

  router.add("DELETE", "/carts/{id}", async (ctx) => {
    carts.remove(await ownCart(ctx));
    sendSuccess(ctx.res, "Cart deleted");
  });

  router.add("POST", "/carts/{id}/items", async (ctx) => {
    const cart = await ownCart(ctx);
    const line = resolveCartLine(catalog, parseCartLine(await readJsonBody(ctx.req)));
    carts.setLine(cart, line);
    sendSuccess(ctx.res, "Cart updated", { cart: carts.render(cart) });
  });

  router.add("POST", "/carts/{id}/coupon", async (ctx) => {
    const cart = await ownCart(ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    if (typeof body.coupon_code !== "string" || body.coupon_code.trim() === "") {
      throw badRequest("coupon_code is required", { coupon_code: "required" });
    }
    const code = body.coupon_code.trim().slice(0, 64);
    const coupon = carts.coupon(code);
    if (!coupon) throw badRequest(`Coupon ${code} is not valid`, { coupon_code: "invalid" });
    const subtotal = carts.render(cart).subtotal_including_tax;
    const problem = couponIneligibility(coupon, subtotal);
    if (problem) throw badRequest(problem, { coupon_code: "not applicable" });
    carts.setCoupon(cart, coupon.code);
    sendSuccess(ctx.res, `Coupon ${coupon.code} applied: you save ₹${couponDiscount(coupon, subtotal)}`, {
      cart: carts.render(cart),
    });
  });

  router.add("DELETE", "/carts/{id}/coupon", async (ctx) => {
    const cart = await ownCart(ctx);
    carts.setCoupon(cart, null);
    sendSuccess(ctx.res, "Coupon removed", { cart: carts.render(cart) });
  });
}

function readMetadata(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw badRequest("metadata must be an object of string values", { metadata: "invalid" });
  }
  return value as Record<string, string>;
}

function toWireCoupon(coupon: DemoCoupon): Coupon {
  const rule =
    coupon.kind === "percent"
      ? {
          discount_type: "percentage" as const,
          discount_percent: coupon.value,
          maximum_discount_amount: coupon.maxDiscount,
          products: [],
          category_id: [],
        }
      : { discount_type: "fixed-amount" as const, fixed_discount_amount: coupon.value, products: [], category_id: [] };
  return {
    id: coupon.code,
    name: coupon.name,
    description: coupon.description,
    tags: null,
    redemption_limits: null,
    redemption_count: 0,
    minimum_order_total: coupon.minOrderValue || null,
    starts_at: "2026-01-01T00:00:00.000Z",
    expires_at: null,
    details: rule,
    applies_to_product: "all",
    coupon_type: "discount",
    coupon_code: [coupon.code],
    application_rules: null,
    can_be_used_with_promotion: true,
  };
}
