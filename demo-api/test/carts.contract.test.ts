import type { Product, Variant } from "@commercengine/storefront-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProduct, rawRequest, startFixture, type DemoApiFixture } from "./demo-api-fixture";

let fixture: DemoApiFixture;
let products: Product[];

beforeAll(async () => {
  fixture = await startFixture();
  const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 100 });
  products = data!.products;
});
afterAll(() => fixture.api.close());

const simpleInStock = () =>
  findProduct(
    products,
    (p) =>
      !p.has_variant && p.stock_available && p.pricing.min_order_quantity === 1 && p.pricing.incremental_quantity === 1,
    "simple in-stock product",
  );
const variantProduct = () =>
  findProduct(products, (p) => p.has_variant && p.variants.some((v) => v.stock_available), "variant product");
const inStockVariant = (product: Product): Variant => product.variants.find((variant) => variant.stock_available)!;

describe("creating and reading a cart", () => {
  it("creates the cart with its first item and computes totals that add up", async () => {
    const shopper = await fixture.newShopper();
    const product = simpleInStock();
    const { data, error } = await shopper.sdk.cart.createCart({
      items: [{ product_id: product.id, variant_id: null, quantity: 2 }],
    });
    expect(error).toBeNull();
    const cart = data!.cart;
    expect(cart.cart_items).toHaveLength(1);
    expect(cart.cart_items[0]).toMatchObject({
      product_id: product.id,
      quantity: 2,
      selling_price: product.pricing.selling_price,
    });
    expect(cart.currency).toMatchObject({ code: "INR" });
    expect(cart.subtotal_including_tax).toBeCloseTo(product.pricing.selling_price * 2, 2);
    expect(cart.grand_total).toBeCloseTo(
      cart.subtotal_including_tax - cart.coupon_discount_amount + (cart.shipping_amount_including_tax ?? 0),
      2,
    );
    expect(cart.to_be_paid).toBe(cart.grand_total);
    expect(cart.cart_items_count).toBe(1);
    expect(Date.parse(cart.expires_at!)).toBeGreaterThan(Date.now());
  });

  it("finds the shopper's active cart by user id, and 404s when there is none", async () => {
    const shopper = await fixture.newShopper();
    const none = await shopper.sdk.cart.getUserCart({ user_id: shopper.userId });
    expect(none.response.status).toBe(404);
    const created = await shopper.sdk.cart.createCart({
      items: [{ product_id: simpleInStock().id, variant_id: null, quantity: 1 }],
    });
    const found = await shopper.sdk.cart.getUserCart({ user_id: shopper.userId });
    expect(found.data!.cart.id).toBe(created.data!.cart.id);
    const byId = await shopper.sdk.cart.getCart({ id: created.data!.cart.id });
    expect(byId.data!.cart.id).toBe(created.data!.cart.id);
  });

  it("keeps one shopper out of another's cart", async () => {
    const owner = await fixture.newShopper();
    const stranger = await fixture.newShopper();
    const { data } = await owner.sdk.cart.createCart({
      items: [{ product_id: simpleInStock().id, variant_id: null, quantity: 1 }],
    });
    const cartId = data!.cart.id;
    expect((await stranger.sdk.cart.getCart({ id: cartId })).response.status).toBe(404);
    const write = await stranger.sdk.cart.addDeleteCartItem(
      { id: cartId },
      { product_id: simpleInStock().id, variant_id: null, quantity: 3 },
    );
    expect(write.response.status).toBe(404);
    expect((await stranger.sdk.cart.getUserCart({ user_id: owner.userId })).response.status).toBe(401);
    expect((await owner.sdk.cart.getCart({ id: cartId })).data!.cart.cart_items[0]!.quantity).toBe(1);
  });

  it("needs a valid bearer token", async () => {
    const { status, json } = await rawRequest(fixture, "GET", "/carts/anything");
    expect(status).toBe(401);
    expect(json).toMatchObject({ success: false, code: "unauthorized" });
    const forged = await rawRequest(fixture, "GET", "/carts/anything", { headers: { Authorization: "Bearer a.b.c" } });
    expect(forged.status).toBe(401);
  });

  it("deletes a cart, after which it is gone", async () => {
    const shopper = await fixture.newShopper();
    const { data } = await shopper.sdk.cart.createCart({
      items: [{ product_id: simpleInStock().id, variant_id: null, quantity: 1 }],
    });
    expect((await shopper.sdk.cart.deleteCart({ id: data!.cart.id })).response.status).toBe(200);
    expect((await shopper.sdk.cart.getCart({ id: data!.cart.id })).response.status).toBe(404);
    expect((await shopper.sdk.cart.getUserCart({ user_id: shopper.userId })).response.status).toBe(404);
  });
});

describe("POST /carts/{id}/items", () => {
  it("sets a line's quantity, adds variant lines, and removes a line at quantity 0", async () => {
    const shopper = await fixture.newShopper();
    const simple = simpleInStock();
    const product = variantProduct();
    const variant = inStockVariant(product);
    const { data } = await shopper.sdk.cart.createCart({
      items: [{ product_id: simple.id, variant_id: null, quantity: 1 }],
    });
    const id = data!.cart.id;
    let cart = (
      await shopper.sdk.cart.addDeleteCartItem({ id }, { product_id: simple.id, variant_id: null, quantity: 3 })
    ).data!.cart;
    expect(cart.cart_items[0]!.quantity).toBe(3);
    cart = (
      await shopper.sdk.cart.addDeleteCartItem({ id }, { product_id: product.id, variant_id: variant.id, quantity: 1 })
    ).data!.cart;
    expect(cart.cart_items).toHaveLength(2);
    expect(cart.cart_items[1]).toMatchObject({ variant_id: variant.id, variant_name: variant.name });
    cart = (await shopper.sdk.cart.addDeleteCartItem({ id }, { product_id: simple.id, variant_id: null, quantity: 0 }))
      .data!.cart;
    expect(cart.cart_items.map((item) => item.product_id)).toEqual([product.id]);
  });

  it("refuses what cannot be bought, explaining why", async () => {
    const shopper = await fixture.newShopper();
    const simple = simpleInStock();
    const product = variantProduct();
    const { data } = await shopper.sdk.cart.createCart({
      items: [{ product_id: simple.id, variant_id: null, quantity: 1 }],
    });
    const id = data!.cart.id;
    const attempt = (body: { product_id: string; variant_id: string | null; quantity: number }) =>
      shopper.sdk.cart.addDeleteCartItem({ id }, body);

    const missingVariant = await attempt({ product_id: product.id, variant_id: null, quantity: 1 });
    expect(missingVariant.response.status).toBe(400);
    expect(missingVariant.error?.message).toMatch(/variant/i);

    const unknown = await attempt({ product_id: "no-such-product", variant_id: null, quantity: 1 });
    expect(unknown.response.status).toBe(404);

    const soldOut = products.flatMap((p) =>
      p.has_variant ? p.variants.filter((v) => !v.stock_available && !v.backorder).map((v) => ({ p, v })) : [],
    )[0];
    expect(soldOut).toBeDefined();
    const outOfStock = await attempt({ product_id: soldOut!.p.id, variant_id: soldOut!.v.id, quantity: 1 });
    expect(outOfStock.response.status).toBe(400);
    expect(outOfStock.error?.message).toMatch(/out of stock/i);

    const beyondStock = await attempt({ product_id: simple.id, variant_id: null, quantity: 999 });
    expect(beyondStock.response.status).toBe(400);

    for (const quantity of [-1, 1.5]) {
      const bad = await attempt({ product_id: simple.id, variant_id: null, quantity });
      expect(bad.response.status).toBe(400);
    }
    expect((await shopper.sdk.cart.getCart({ id })).data!.cart.cart_items[0]!.quantity).toBe(1);
  });

  it("enforces minimum, maximum and incremental quantities", async () => {
    const stepped = products.find((p) => p.pricing.incremental_quantity > 1 && p.stock_available && !p.has_variant);
    const capped = products.find((p) => p.pricing.max_order_quantity !== null && p.stock_available && !p.has_variant);
    expect(stepped ?? capped).toBeDefined();
    const shopper = await fixture.newShopper();
    if (stepped) {
      const { min_order_quantity: min, incremental_quantity: step } = stepped.pricing;
      const below = await shopper.sdk.cart.createCart({
        items: [{ product_id: stepped.id, variant_id: null, quantity: Math.max(1, min - 1) }],
      });
      if (min > 1) expect(below.response.status).toBe(400);
      const offStep = await shopper.sdk.cart.createCart({
        items: [{ product_id: stepped.id, variant_id: null, quantity: min + 1 }],
      });
      expect(offStep.response.status).toBe(400);
      const ok = await shopper.sdk.cart.createCart({
        items: [{ product_id: stepped.id, variant_id: null, quantity: min + step }],
      });
      expect(ok.response.status).toBe(200);
    }
    if (capped) {
      const over = await shopper.sdk.cart.createCart({
        items: [
          {
            product_id: capped.id,
            variant_id: null,
            quantity: capped.pricing.max_order_quantity! + capped.pricing.incremental_quantity,
          },
        ],
      });
      expect(over.response.status).toBe(400);
      expect(over.error?.message).toMatch(/at most/);
    }
  });
});

describe("coupons", () => {
  it("lists the available coupons", async () => {
    const shopper = await fixture.newShopper();
    const { data, error } = await shopper.sdk.cart.getAvailableCoupons();
    expect(error).toBeNull();
    expect(data!.coupons.length).toBeGreaterThanOrEqual(3);
  });

  it("applies a valid coupon, recomputes totals, and removes it", async () => {
    const shopper = await fixture.newShopper();
    const { data: couponList } = await shopper.sdk.cart.getAvailableCoupons();
    const coupon = couponList!.coupons.find((candidate) => !candidate.minimum_order_total)!;
    expect(coupon).toBeDefined();
    const { data } = await shopper.sdk.cart.createCart({
      items: [{ product_id: simpleInStock().id, variant_id: null, quantity: 2 }],
    });
    const before = data!.cart;
    const applied = await shopper.sdk.cart.applyCoupon(
      { id: before.id },
      { coupon_code: coupon.coupon_code[0]!.toLowerCase() },
    );
    expect(applied.error).toBeNull();
    const after = applied.data!.cart;
    expect(after.coupon_code).toBe(coupon.coupon_code[0]);
    expect(after.coupon_discount_amount).toBeGreaterThan(0);
    expect(after.grand_total).toBeLessThan(before.grand_total + 0.001 + (after.shipping_amount_including_tax ?? 0));
    expect(after.total_savings).toBeCloseTo(before.total_savings + after.coupon_discount_amount, 2);
    const removed = await shopper.sdk.cart.removeCoupon({ id: before.id });
    expect(removed.data!.cart.coupon_code).toBeNull();
    expect(removed.data!.cart.grand_total).toBeCloseTo(before.grand_total, 2);
  });

  it("explains an unknown code and an order below the coupon's minimum", async () => {
    const shopper = await fixture.newShopper();
    const { data: couponList } = await shopper.sdk.cart.getAvailableCoupons();
    const minimumCoupon = couponList!.coupons.find((candidate) => (candidate.minimum_order_total ?? 0) > 0)!;
    const cheapest = [...products]
      .filter((p) => !p.has_variant && p.stock_available)
      .sort((a, b) => a.pricing.selling_price - b.pricing.selling_price)[0]!;
    const { data } = await shopper.sdk.cart.createCart({
      items: [{ product_id: cheapest.id, variant_id: null, quantity: cheapest.pricing.min_order_quantity }],
    });
    const unknown = await shopper.sdk.cart.applyCoupon({ id: data!.cart.id }, { coupon_code: "NOPE" });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.message).toMatch(/not valid/);
    const tooSmall = await shopper.sdk.cart.applyCoupon(
      { id: data!.cart.id },
      { coupon_code: minimumCoupon.coupon_code[0]! },
    );
    expect(tooSmall.response.status).toBe(400);
    expect(tooSmall.error?.message).toMatch(/at least/);
  });
});
