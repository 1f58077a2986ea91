import type { Cart } from "@commercengine/storefront-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type DemoApiFixture } from "@/demo-api/test/demo-api-fixture";
import { cartLineKey, toCartView } from "./cart-view";

// Real carts from the demo API, read with the SDK as the storefront reads them.
let fixture: DemoApiFixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.api.close());

async function cartWith(
  slugs: { slug: string; variant?: (name: string) => boolean; quantity: number }[],
  coupon?: string,
) {
  const shopper = await fixture.newShopper();
  const items = await Promise.all(
    slugs.map(async ({ slug, variant, quantity }) => {
      const { data } = await fixture.storefront.public().catalog.getProductDetail({ product_id: slug });
      const product = data!.product;
      const chosen = variant ? product.variants.find((candidate) => variant(candidate.name)) : undefined;
      return { product_id: product.id, variant_id: chosen?.id ?? null, quantity };
    }),
  );
  const created = await shopper.sdk.cart.createCart({ items });
  let cart: Cart = created.data!.cart;
  if (coupon) cart = (await shopper.sdk.cart.applyCoupon({ id: cart.id }, { coupon_code: coupon })).data!.cart;
  return cart;
}

describe("toCartView", () => {
  it("shows each line with its options, prices and limits, and the totals the API computed", async () => {
    const cart = await cartWith([
      { slug: "classic-fleece-hoodie", variant: (name) => /navy/i.test(name) && /\bL\b/.test(name), quantity: 2 },
      { slug: "sandalwood-vetiver-soy-candle", quantity: 1 },
    ]);
    const view = toCartView(cart);

    expect(view.itemCount).toBe(3);
    expect(view.currency).toBe("INR");
    const hoodie = view.lines[0]!;
    expect(hoodie.name).toBe("Classic Fleece Hoodie");
    expect(hoodie.options).toEqual([
      { label: "Colour", value: "Navy" },
      { label: "Size", value: "L" },
    ]);
    expect(hoodie.key).toBe(cartLineKey(hoodie.productId, hoodie.variantId));
    expect(hoodie.lineTotal).toBe(hoodie.unitPrice * 2);
    const candle = view.lines[1]!;
    expect(candle.options).toEqual([]);
    expect(candle.maxQuantity).toBe(5);
    // Prices include GST: the subtotal is what the lines add up to, and the total is what the API asks for.
    expect(view.taxIncluded).toBe(true);
    expect(view.subtotal).toBe(hoodie.lineTotal + candle.lineTotal);
    expect(view.total).toBe(cart.to_be_paid);
    expect(view.shipping).toBe(0);
    expect(view.tax).toBeGreaterThan(0);
  });

  it("carries the coupon and its discount, and counts markdowns and the coupon as savings", async () => {
    const cart = await cartWith([{ slug: "sandalwood-vetiver-soy-candle", quantity: 2 }], "WELCOME10");
    const view = toCartView(cart);
    expect(view.couponCode).toBe("WELCOME10");
    expect(view.couponDiscount).toBeCloseTo(view.subtotal * 0.1, 2);
    expect(view.total).toBeCloseTo(view.subtotal - view.couponDiscount + view.shipping, 2);
    const markdowns = view.lines.reduce((sum, line) => sum + (line.listPrice - line.unitPrice) * line.quantity, 0);
    expect(view.savings).toBeCloseTo(markdowns + view.couponDiscount, 2);
  });

  it("adds shipping below the free-shipping threshold", async () => {
    const view = toCartView(await cartWith([{ slug: "sandalwood-vetiver-soy-candle", quantity: 1 }]));
    expect(view.subtotal).toBeLessThan(999);
    expect(view.shipping).toBe(99);
    expect(view.total).toBe(view.subtotal + 99);
  });
});
