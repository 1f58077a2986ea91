import type { Product } from "@commercengine/storefront-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findProduct,
  rawRequest,
  startFixture,
  testAddress,
  type DemoApiFixture,
  type Shopper,
  type TestAddress,
} from "./demo-api-fixture";

let fixture: DemoApiFixture;
let products: Product[];

beforeAll(async () => {
  fixture = await startFixture();
  const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 100 });
  products = data!.products;
});
afterAll(() => fixture.api.close());

/** A simple product under the free-shipping threshold on its own, and over it three at a time. */
const kulhadSet = () =>
  findProduct(
    products,
    (p) => !p.has_variant && p.stock_available && p.pricing.min_order_quantity === 1 && p.pricing.selling_price < 999,
    "simple in-stock product under ₹999",
  );

/** The test address with its state in lower case: the API stores the canonical name. */
const address = (overrides: Partial<TestAddress> = {}): TestAddress =>
  testAddress({ state: "karnataka", ...overrides });

async function cartWith(shopper: Shopper, quantity = 1) {
  const product = kulhadSet();
  const { data, error } = await shopper.sdk.cart.createCart({
    items: [{ product_id: product.id, variant_id: null, quantity }],
  });
  if (!data) throw new Error(`create cart failed: ${error?.message}`);
  return data.cart;
}

async function cartAt(shopper: Shopper, pincode: string, quantity = 1) {
  const cart = await cartWith(shopper, quantity);
  const { data, error } = await shopper.sdk.cart.updateCartAddress(
    { id: cart.id },
    { shipping_address: address({ pincode }), billing_address: address({ pincode }) },
  );
  if (!data) throw new Error(`address failed: ${error?.message}`);
  return data.cart;
}

describe("GET /common/countries/{country_iso_code}/states", () => {
  it("lists India's 36 states and union territories by name, with ISO and GST codes", async () => {
    const { data, error } = await fixture.storefront.public().helpers.listCountryStates({ country_iso_code: "IN" });
    expect(error).toBeNull();
    const states = data!.states!;
    expect(states).toHaveLength(36);
    const names = states.map((state) => state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(states).toContainEqual(expect.objectContaining({ name: "Karnataka", iso_code: "KA", gst_code: "29" }));
    expect(states).toContainEqual(expect.objectContaining({ name: "Ladakh", iso_code: "LA", gst_code: "38" }));
    expect(new Set(states.map((state) => state.iso_code)).size).toBe(36);
    expect(new Set(states.map((state) => state.gst_code)).size).toBe(36);
  });

  it("answers the session client too, and any case of the country code", async () => {
    const shopper = await fixture.newShopper();
    const { data } = await shopper.sdk.helpers.listCountryStates({ country_iso_code: "in" });
    expect(data!.states).toHaveLength(36);
  });

  it("404s for other countries, and needs the API key", async () => {
    const { response, error } = await fixture.storefront.public().helpers.listCountryStates({ country_iso_code: "US" });
    expect(response.status).toBe(404);
    expect(error?.message).toMatch(/within India only/);
    const keyless = await rawRequest(fixture, "GET", "/common/countries/IN/states", { headers: { "X-Api-Key": "" } });
    expect(keyless.status).toBe(401);
  });
});

describe("POST /carts/{id}/address", () => {
  it("sets both addresses, tidied, and the cart keeps showing them", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    expect(cart).toMatchObject({ shipping_address: null, billing_address: null, status: "not-ready-for-payment" });

    const { data, error } = await shopper.sdk.cart.updateCartAddress(
      { id: cart.id },
      {
        shipping_address: address({ phone: "98450 12345", email: " Asha.Rao@Example.com " }),
        billing_address: address({ first_name: "Ravi", business_name: "Rao Traders", pincode: "400050" }),
      },
    );
    expect(error).toBeNull();
    const updated = data!.cart;
    expect(updated.shipping_address).toMatchObject({
      first_name: "Asha",
      phone: "9845012345",
      email: "asha.rao@example.com",
      state: "Karnataka",
      country: "India",
      country_code: "+91",
      address_line2: null,
      landmark: null,
      is_phone_verified: false,
      is_email_verified: false,
    });
    expect(updated.shipping_address!.id).toMatch(/^addr_/);
    expect(updated.billing_address).toMatchObject({ first_name: "Ravi", business_name: "Rao Traders" });
    expect(updated.billing_address!.id).not.toBe(updated.shipping_address!.id);
    expect(updated).toMatchObject({ status: "ready-for-payment", status_error_message: null });

    const again = await shopper.sdk.cart.getCart({ id: cart.id });
    expect(again.data!.cart.shipping_address).toEqual(updated.shipping_address);
    expect(again.data!.cart.billing_address).toEqual(updated.billing_address);
  });

  it("defaults the dialling code to +91 when it is left out", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    const { country_code: _omitted, ...withoutCode } = address();
    const { status, json } = await rawRequest(fixture, "POST", `/carts/${cart.id}/address`, {
      headers: { Authorization: `Bearer ${shopper.accessToken}` },
      body: JSON.stringify({ shipping_address: withoutCode, billing_address: withoutCode }),
    });
    expect(status).toBe(200);
    expect(json.content).toMatchObject({ cart: { shipping_address: { country_code: "+91" } } });
  });

  const invalidFields: Array<[string, Partial<TestAddress>]> = [
    ["first_name", { first_name: "  " }],
    ["first_name", { first_name: "A".repeat(61) }],
    ["phone", { phone: "12345" }],
    ["phone", { phone: "5845012345" }],
    ["country_code", { country_code: "+1" }],
    ["email", { email: "asha.example.com" }],
    ["address_line1", { address_line1: "" }],
    ["address_line1", { address_line1: "x".repeat(121) }],
    ["city", { city: "" }],
    ["state", { state: "Atlantis" }],
    ["pincode", { pincode: "056003" }],
    ["pincode", { pincode: "56003" }],
    ["country", { country: "Nepal" as "India" }],
  ];
  for (const [field, overrides] of invalidFields) {
    it(`refuses a bad ${field} (${JSON.stringify(Object.values(overrides)[0]).slice(0, 20)}) with a sentence for that field`, async () => {
      const shopper = await fixture.newShopper();
      const cart = await cartWith(shopper);
      const { response, error } = await shopper.sdk.cart.updateCartAddress(
        { id: cart.id },
        { shipping_address: address(overrides), billing_address: address() },
      );
      expect(response.status).toBe(400);
      const body = error as unknown as { code: string; message: string; errors: Record<string, string> };
      expect(body.code).toBe("validation_error");
      expect(Object.keys(body.errors)).toEqual([`shipping_address.${field}`]);
      expect(body.errors[`shipping_address.${field}`]).toMatch(/^[A-Z].{10,}/);
      const label = field.replace("address_", "").replace("line1", "line 1").replace(/_/g, " ");
      expect(body.message).toBe(`Check the shipping address ${label}: ${body.errors[`shipping_address.${field}`]}`);
      const unchanged = await shopper.sdk.cart.getCart({ id: cart.id });
      expect(unchanged.data!.cart.shipping_address).toBeNull();
    });
  }

  it("reports every bad field of both addresses at once", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    const { status, json } = await rawRequest(fixture, "POST", `/carts/${cart.id}/address`, {
      headers: { Authorization: `Bearer ${shopper.accessToken}` },
      body: JSON.stringify({ shipping_address: address({ pincode: "1", phone: "" }), billing_address: "nowhere" }),
    });
    expect(status).toBe(400);
    expect(json.errors).toEqual({
      "shipping_address.phone": expect.stringMatching(/10-digit mobile number/),
      "shipping_address.pincode": expect.stringMatching(/6-digit pincode/),
      billing_address: expect.any(String),
    });
    expect(json.message).toMatch(/^3 address fields need correcting/);
  });

  it("explains that there is no address book, and keeps others out of the cart", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    const byId = await shopper.sdk.cart.updateCartAddress(
      { id: cart.id },
      { billing_address_id: "addr_1", shipping_address_id: "addr_1" },
    );
    expect(byId.response.status).toBe(400);
    expect(byId.error?.message).toMatch(/no address book/);

    const stranger = await fixture.newShopper();
    const foreign = await stranger.sdk.cart.updateCartAddress(
      { id: cart.id },
      { shipping_address: address(), billing_address: address() },
    );
    expect(foreign.response.status).toBe(404);
  });
});

describe("POST /fulfillment/serviceability", () => {
  it("serves ordinary pincodes and not Army Postal Service ones (starting with 9)", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper, 2);
    const served = await shopper.sdk.cart.checkPincodeDeliverability({ cart_id: cart.id, delivery_pincode: "560038" });
    expect(served.error).toBeNull();
    expect(served.data).toEqual({ is_serviceable: true, unserviceable_items: [] });

    const apo = await shopper.sdk.cart.checkPincodeDeliverability({ cart_id: cart.id, delivery_pincode: "901001" });
    expect(apo.data!.is_serviceable).toBe(false);
    expect(apo.data!.unserviceable_items).toEqual([
      expect.objectContaining({ product_id: kulhadSet().id, unserviceable_quantity: 2, max_available_quantity: 0 }),
    ]);

    const collect = await shopper.sdk.cart.checkPincodeDeliverability({ cart_id: cart.id, delivery_pincode: null });
    expect(collect.data!.is_serviceable).toBe(true);
  });

  it("refuses a malformed pincode and another shopper's cart", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    for (const pincode of ["0123456", "5600", "56003A"]) {
      const { response, error } = await shopper.sdk.cart.checkPincodeDeliverability({
        cart_id: cart.id,
        delivery_pincode: pincode,
      });
      expect(response.status, pincode).toBe(400);
      expect(error?.message).toMatch(/6-digit pincode/);
    }
    const stranger = await fixture.newShopper();
    const foreign = await stranger.sdk.cart.checkPincodeDeliverability({
      cart_id: cart.id,
      delivery_pincode: "560038",
    });
    expect(foreign.response.status).toBe(404);
  });
});

describe("POST /carts/fulfillment-options", () => {
  it("offers Standard at ₹99 and Express at ₹199 below the free-shipping threshold, and the stores", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "560038");
    const { data, error } = await shopper.sdk.cart.getFulfillmentOptions({ cart_id: cart.id });
    expect(error).toBeNull();
    expect(data!.summary).toMatchObject({
      collect_available: true,
      deliver_available: true,
      recommended_fulfillment_type: "delivery",
      recommended_store: { id: "store_blr_indiranagar" },
    });
    expect(data!.deliver).toMatchObject({ is_serviceable: true, free_shipping_threshold: 999 });
    const [shipment] = data!.deliver!.shipments;
    expect(shipment!.id).toBe("shp_1");
    expect(shipment!.items).toEqual([expect.objectContaining({ product_id: kulhadSet().id, quantity: 1 })]);
    expect(shipment!.shipping_methods).toEqual([
      {
        id: "standard",
        name: "Standard",
        shipping_type: "manual",
        shipping_amount: "99",
        estimated_delivery_days: "4-6",
      },
      {
        id: "express",
        name: "Express",
        shipping_type: "manual",
        shipping_amount: "199",
        estimated_delivery_days: "1-2",
      },
    ]);
    expect(data!.collect).toEqual([
      expect.objectContaining({
        id: "store_blr_indiranagar",
        name: "Aurora Goods Indiranagar",
        is_recommended: true,
        collect_eta_minutes: 120,
        address: expect.objectContaining({ city: "Bengaluru", pincode: "560038", country: "India" }),
      }),
    ]);
  });

  it("ships Standard free once the cart reaches the threshold; Express still costs ₹199", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "400050", 3);
    expect(cart.subtotal_including_tax).toBeGreaterThanOrEqual(999);
    const { data } = await shopper.sdk.cart.getFulfillmentOptions({ cart_id: cart.id, fulfillment_type: "delivery" });
    const amounts = data!.deliver!.shipments[0]!.shipping_methods.map((method) => method.shipping_amount);
    expect(amounts).toEqual(["0", "199"]);
    expect(data).not.toHaveProperty("collect");
  });

  it("offers only collection where the pincode is not served", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "901001");
    const { data } = await shopper.sdk.cart.getFulfillmentOptions({ cart_id: cart.id });
    expect(data!.summary).toMatchObject({ deliver_available: false, recommended_fulfillment_type: "collect-in-store" });
    expect(data!.deliver).toMatchObject({ is_serviceable: false, shipments: [] });
    expect(data!.collect!.length).toBeGreaterThan(0);
  });

  it("needs a shipping address for delivery, but not to list the stores", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartWith(shopper);
    const { response, error } = await shopper.sdk.cart.getFulfillmentOptions({ cart_id: cart.id });
    expect(response.status).toBe(400);
    expect(error?.message).toMatch(/Add a shipping address/);
    const stores = await shopper.sdk.cart.getFulfillmentOptions({
      cart_id: cart.id,
      fulfillment_type: "collect-in-store",
    });
    expect(stores.data!.collect).toHaveLength(1);
    expect(stores.data).not.toHaveProperty("deliver");
  });
});

describe("POST /carts/{id}/fulfillment-preference", () => {
  it("prices Express at ₹199, collection at ₹0 and Standard by the threshold rule, echoing the choice", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "560038");
    const items = cart.subtotal_including_tax;
    expect(cart.shipping_amount_including_tax).toBe(99);
    expect(cart).not.toHaveProperty("fulfillment_preference");

    const express = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "express" }] },
    );
    expect(express.error).toBeNull();
    expect(express.data!.cart).toMatchObject({
      shipping_amount_including_tax: 199,
      grand_total: items + 199,
      to_be_paid: items + 199,
      estimated_delivery_days: 2,
      fulfillment_preference: {
        fulfillment_type: "delivery",
        preference_type: "user",
        shipments: [{ id: "shp_1", shipping_provider_id: "express", shipping_provider_name: "Express" }],
      },
      shipments: [expect.objectContaining({ id: "shp_1", shipping_provider_id: "express", shipment_items_count: 1 })],
    });

    const collect = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" },
    );
    expect(collect.data!.cart).toMatchObject({
      shipping_amount_including_tax: 0,
      grand_total: items,
      estimated_delivery_days: null,
      shipments: [],
      fulfillment_preference: {
        fulfillment_type: "collect-in-store",
        preference_type: "user",
        pickup_location_id: "store_blr_indiranagar",
        pickup_location_name: "Aurora Goods Indiranagar",
      },
    });

    const standard = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "standard" }] },
    );
    expect(standard.data!.cart).toMatchObject({ shipping_amount_including_tax: 99, estimated_delivery_days: 6 });
  });

  it("keeps the choice when items or the coupon change, and recomputes", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "560038");
    const product = kulhadSet();
    await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "express" }] },
    );
    const more = await shopper.sdk.cart.addDeleteCartItem(
      { id: cart.id },
      { product_id: product.id, variant_id: null, quantity: 3 },
    );
    expect(more.data!.cart.fulfillment_preference).toMatchObject({ shipments: [{ shipping_provider_id: "express" }] });
    expect(more.data!.cart.shipping_amount_including_tax).toBe(199);
    expect(more.data!.cart.grand_total).toBe(product.pricing.selling_price * 3 + 199);

    const coupon = await shopper.sdk.cart.applyCoupon({ id: cart.id }, { coupon_code: "WELCOME10" });
    expect(coupon.data!.cart.shipping_amount_including_tax).toBe(199);
    expect(coupon.data!.cart.grand_total).toBeCloseTo(
      product.pricing.selling_price * 3 - coupon.data!.cart.coupon_discount_amount + 199,
      2,
    );
    expect(coupon.data!.cart.fulfillment_preference?.fulfillment_type).toBe("delivery");
  });

  it("refuses unknown shipments, methods and stores, and delivery without a served address", async () => {
    const shopper = await fixture.newShopper();
    const bare = await cartWith(shopper);
    const prefer = (body: Parameters<typeof shopper.sdk.cart.updateFulfillmentPreference>[1], id = bare.id) =>
      shopper.sdk.cart.updateFulfillmentPreference({ id }, body);

    const noAddress = await prefer({
      fulfillment_type: "delivery",
      shipments: [{ id: "shp_1", shipping_provider_id: "standard" }],
    });
    expect(noAddress.response.status).toBe(400);
    expect(noAddress.error?.message).toMatch(/Add a shipping address/);

    const stranger = await fixture.newShopper();
    const foreign = await stranger.sdk.cart.updateFulfillmentPreference(
      { id: bare.id },
      { fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" },
    );
    expect(foreign.response.status).toBe(404);

    const cart = await cartAt(shopper, "560038");
    const cases: Array<[Parameters<typeof prefer>[0], RegExp]> = [
      [
        { fulfillment_type: "delivery", shipments: [{ id: "shp_9", shipping_provider_id: "standard" }] },
        /Shipment shp_9 is not part of this cart/,
      ],
      [
        { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "drone" }] },
        /Shipping method drone is not offered/,
      ],
      [{ fulfillment_type: "delivery", shipments: [] }, /shipments must choose a shipping method/],
      [
        { fulfillment_type: "collect-in-store", pickup_location_id: "store_nowhere" },
        /Pickup location store_nowhere does not exist/,
      ],
    ];
    for (const [body, message] of cases) {
      const { response, error } = await prefer(body, cart.id);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(error?.message).toMatch(message);
    }
    const { status, json } = await rawRequest(fixture, "POST", `/carts/${cart.id}/fulfillment-preference`, {
      headers: { Authorization: `Bearer ${shopper.accessToken}` },
      body: JSON.stringify({ fulfillment_type: "partial-collect-and-delivery" }),
    });
    expect(status).toBe(400);
    expect(json.message).toMatch(/does not split an order/);
  });

  it("refuses delivery to a pincode that is not served, but lets the shopper collect", async () => {
    const shopper = await fixture.newShopper();
    const cart = await cartAt(shopper, "901001");
    expect(cart).toMatchObject({ status: "not-ready-for-payment" });
    expect(cart.status_error_message).toMatch(/cannot deliver to pincode 901001/);
    const delivery = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "standard" }] },
    );
    expect(delivery.response.status).toBe(400);
    expect(delivery.error?.message).toMatch(/cannot deliver to pincode 901001.*Collect in store/);
    const collect = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" },
    );
    expect(collect.data!.cart).toMatchObject({ status: "ready-for-payment", shipping_amount_including_tax: 0 });
  });
});
