import { describe, expect, it } from "vitest";
import { buildCatalog } from "../catalog";
import { CatalogIndex } from "../catalog-index";
import { resolveCartLine } from "../carts/cart-line-rules";
import { CartStore, type CartAddress } from "../carts/cart-store";
import { toWirePreference, type FulfillmentChoice } from "../checkout/fulfillment-choice";
import { orderFromCart } from "./order-from-cart";

const catalog = new CatalogIndex(buildCatalog({ imageBaseUrl: "http://127.0.0.1:4010/images" }));
const address: CartAddress = {
  id: "addr_1",
  first_name: "Asha",
  last_name: null,
  country_code: "+91",
  phone: "9845012345",
  email: "asha@example.com",
  address_line1: "14, 2nd Cross",
  address_line2: null,
  landmark: null,
  pincode: "560038",
  city: "Bengaluru",
  state: "Karnataka",
  country: "India",
  tax_identification_number: null,
  business_name: null,
  is_phone_verified: false,
  is_email_verified: false,
  nickname: null,
};

function cartOf(slugs: Record<string, number>, coupon: string | null, fulfillment: FulfillmentChoice | null) {
  const carts = new CartStore(catalog.catalog.coupons);
  const lines = Object.entries(slugs).map(([slug, quantity]) => {
    const product = catalog.product(slug)!;
    const variant = product.has_variant ? product.variants.find((candidate) => candidate.stock_available)! : null;
    return resolveCartLine(catalog, { product_id: product.id, variant_id: variant?.id ?? null, quantity });
  });
  const cart = carts.create("user_1", lines, null);
  carts.setAddresses(cart, { billing: address, shipping: address });
  if (coupon) carts.setCoupon(cart, coupon);
  if (fulfillment) carts.setFulfillment(cart, fulfillment);
  return { wire: carts.render(cart), choice: carts.fulfillmentOf(cart) };
}

const place = (wire: ReturnType<typeof cartOf>["wire"], choice: FulfillmentChoice) =>
  orderFromCart(wire, {
    orderNumber: "AG-100001",
    orderDate: "2026-03-01T10:00:00.000Z",
    fulfillment: toWirePreference(choice, "user"),
  });

describe("orderFromCart", () => {
  it("keeps the cart's prices, tax, coupon, shipping and totals, and every line", () => {
    const { wire, choice } = cartOf({ "terracotta-kulhad-set": 3, "everyday-organic-cotton-tee": 1 }, "WELCOME10", {
      type: "delivery",
      methodId: "express",
    });
    const order = place(wire, choice);
    expect(order).toMatchObject({
      order_number: "AG-100001",
      order_date: "2026-03-01T10:00:00.000Z",
      subtotal: wire.subtotal,
      item_total_tax: wire.items_tax_amount,
      subtotal_including_tax: wire.subtotal_including_tax,
      coupon_code: "WELCOME10",
      coupon_discount_amount: wire.coupon_discount_amount,
      shipping_amount_including_tax: 199,
      total_tax: wire.total_tax,
      grand_total: wire.grand_total,
      to_be_paid: wire.to_be_paid,
      order_items_count: 2,
      estimated_delivery_days: 2,
      shipping_address: address,
      billing_address: address,
      currency: { code: "INR", name: "Indian Rupee", symbol: "₹" },
      is_cancellation_allowed: false,
    });
    expect(order.grand_total).toBeCloseTo(wire.subtotal_including_tax - wire.coupon_discount_amount + 199, 2);
    const items = order.order_items!;
    expect(items.map((item) => [item.slug, item.quantity])).toEqual([
      ["terracotta-kulhad-set", 3],
      ["everyday-organic-cotton-tee", 1],
    ]);
    expect(items.reduce((sum, item) => sum + item.coupon_discount_amount, 0)).toBeCloseTo(
      wire.coupon_discount_amount,
      2,
    );
    expect(items.reduce((sum, item) => sum + item.tax_amount, 0) + (order.shipping_tax_amount ?? 0)).toBeCloseTo(
      order.total_tax!,
      2,
    );
    expect(items[1]).toMatchObject({
      variant_id: expect.any(String),
      variant_name: expect.any(String),
      tax_type: "GST",
    });
  });

  it("owes nothing for a staff order collected in store", () => {
    const { wire, choice } = cartOf({ "terracotta-kulhad-set": 1 }, "TEAM100", {
      type: "collect-in-store",
      storeId: "store_blr_indiranagar",
    });
    const order = place(wire, choice);
    expect(order).toMatchObject({
      grand_total: 0,
      to_be_paid: 0,
      total_tax: 0,
      shipping_amount_including_tax: 0,
      estimated_delivery_days: null,
      fulfillment_preference: { fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" },
    });
    expect(order.coupon_discount_amount).toBe(order.subtotal_including_tax);
  });

  it("charges standard shipping when the shopper chose nothing", () => {
    const { wire, choice } = cartOf({ "terracotta-kulhad-set": 1 }, null, null);
    expect(choice).toEqual({ type: "delivery", methodId: "standard" });
    expect(place(wire, choice)).toMatchObject({ shipping_amount_including_tax: 99, estimated_delivery_days: 6 });
  });
});
