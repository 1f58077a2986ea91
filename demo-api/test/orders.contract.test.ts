import type { CreateOrderBody, JusPayHyperCheckoutResponse, Product } from "@commercengine/storefront-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findProduct,
  rawRequest,
  startFixture,
  testAddress,
  uniqueEmail,
  type DemoApiFixture,
  type Shopper,
} from "./demo-api-fixture";

type PaymentMethod = NonNullable<CreateOrderBody["payment_method"]>;

let fixture: DemoApiFixture;
let products: Product[];

beforeAll(async () => {
  // No resend cooldown: a test signs in to the same account twice.
  fixture = await startFixture({ DEMO_OTP_RESEND_COOLDOWN: "0" });
  const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 100 });
  products = data!.products;
});
afterAll(() => fixture.api.close());

const RETURN_URL = "http://shop.test/checkout/return?step=pay";
const hyperCheckout = (overrides: Record<string, unknown> = {}): PaymentMethod =>
  ({
    payment_provider_slug: "juspay",
    integration_type: "hyper-checkout",
    return_url: RETURN_URL,
    action: "paymentPage",
    ...overrides,
  }) as PaymentMethod;

const rupees = (amount: number) =>
  new Intl.NumberFormat("en-IN", {
    style: "currency",
    currency: "INR",
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);

const simpleProduct = () =>
  findProduct(
    products,
    (p) => !p.has_variant && p.stock_available && p.pricing.min_order_quantity === 1 && p.pricing.selling_price < 999,
    "simple in-stock product under ₹999",
  );

const ADDRESS = testAddress();

/** A cart with one line and, unless told otherwise, both addresses. */
async function cartFor(shopper: Shopper, options: { address?: boolean; pincode?: string; quantity?: number } = {}) {
  const created = await shopper.sdk.cart.createCart({
    items: [{ product_id: simpleProduct().id, variant_id: null, quantity: options.quantity ?? 2 }],
  });
  if (!created.data) throw new Error(`create cart failed: ${created.error?.message}`);
  if (options.address === false) return created.data.cart;
  const address = { ...ADDRESS, pincode: options.pincode ?? ADDRESS.pincode };
  const { data, error } = await shopper.sdk.cart.updateCartAddress(
    { id: created.data.cart.id },
    { shipping_address: address, billing_address: address },
  );
  if (!data) throw new Error(`address failed: ${error?.message}`);
  return data.cart;
}

async function placeOrder(shopper: Shopper) {
  const cart = await cartFor(shopper);
  const { data, error } = await shopper.sdk.order.createOrder({ cart_id: cart.id, payment_method: hyperCheckout() });
  if (!data) throw new Error(`create order failed: ${error?.message}`);
  return { cart, ...data, payment: data.payment_info as JusPayHyperCheckoutResponse };
}

async function paymentPage(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type"), html: await response.text() };
}

/** Presses one of the payment page's buttons, as the browser posts its form. */
async function pay(url: string, outcome: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ outcome }),
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

describe("POST /orders: who may order what", () => {
  it("asks a guest to sign in first, and leaves the cart alone", async () => {
    const guest = await fixture.newShopper();
    const cart = await cartFor(guest);
    const { response, error } = await guest.sdk.order.createOrder({
      cart_id: cart.id,
      payment_method: hyperCheckout(),
    });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: "login_required", message: "Sign in to place an order" });
    expect((await guest.sdk.cart.getCart({ id: cart.id })).response.status).toBe(200);
  });

  it("says what is missing: addresses, items, or a pincode that can be delivered to", async () => {
    const shopper = await fixture.newSignedInShopper();
    const bare = await cartFor(shopper, { address: false });
    const noAddress = await shopper.sdk.order.createOrder({ cart_id: bare.id, payment_method: hyperCheckout() });
    expect(noAddress.response.status).toBe(400);
    expect(noAddress.error?.message).toBe("Add a shipping address and a billing address to continue");
    expect(noAddress.error).toMatchObject({ errors: { shipping_address: "required", billing_address: "required" } });

    const apo = await cartFor(shopper, { pincode: "901001" });
    const undeliverable = await shopper.sdk.order.createOrder({ cart_id: apo.id, payment_method: hyperCheckout() });
    expect(undeliverable.response.status).toBe(400);
    expect(undeliverable.error?.message).toMatch(/cannot deliver to pincode 901001/);

    const line = apo.cart_items[0]!;
    await shopper.sdk.cart.addDeleteCartItem(
      { id: apo.id },
      { product_id: line.product_id, variant_id: null, quantity: 0 },
    );
    const empty = await shopper.sdk.order.createOrder({ cart_id: apo.id, payment_method: hyperCheckout() });
    expect(empty.response.status).toBe(400);
    expect(empty.error?.message).toMatch(/Add an item/);

    const unknown = await shopper.sdk.order.createOrder({ cart_id: "no-such-cart", payment_method: hyperCheckout() });
    expect(unknown.response.status).toBe(404);
    const someoneElses = await cartFor(await fixture.newSignedInShopper());
    const foreign = await shopper.sdk.order.createOrder({ cart_id: someoneElses.id, payment_method: hyperCheckout() });
    expect(foreign.response.status).toBe(404);
  });

  const badMethods: Array<[string, PaymentMethod | undefined, RegExp]> = [
    ["missing", undefined, /payment_method is required/],
    ["without a provider", hyperCheckout({ payment_provider_slug: " " }), /payment_provider_slug is required/],
    [
      "of another integration",
      hyperCheckout({ integration_type: "express-checkout" }),
      /integration_type must be "hyper-checkout"/,
    ],
    [
      "with a relative return URL",
      hyperCheckout({ return_url: "/checkout/return" }),
      /return_url must be an absolute http\(s\) URL/,
    ],
    [
      "with a script return URL",
      hyperCheckout({ return_url: "javascript:alert(1)" }),
      /return_url must be an absolute/,
    ],
    ["with another action", hyperCheckout({ action: "upiIntent" }), /action must be "paymentPage"/],
  ];
  for (const [name, paymentMethod, message] of badMethods) {
    it(`refuses a payment method ${name}, and keeps the cart`, async () => {
      const shopper = await fixture.newSignedInShopper();
      const cart = await cartFor(shopper);
      const { response, error } = await shopper.sdk.order.createOrder({
        cart_id: cart.id,
        payment_method: paymentMethod,
      });
      expect(response.status).toBe(400);
      expect(error?.message).toMatch(message);
      expect((await shopper.sdk.cart.getCart({ id: cart.id })).response.status).toBe(200);
    });
  }
});

describe("an order paid on the payment page", () => {
  it("is created from the cart, which is consumed", async () => {
    const shopper = await fixture.newSignedInShopper();
    const before = Date.now();
    const { cart, order, payment_required, payment } = await placeOrder(shopper);

    expect(order.order_number).toMatch(/^AG-\d{6}$/);
    expect(Date.parse(order.order_date!)).toBeGreaterThanOrEqual(before - 1000);
    expect(order).toMatchObject({
      status: "pending",
      payment_status: "pending",
      payment_success_date: null,
      subtotal: cart.subtotal,
      subtotal_including_tax: cart.subtotal_including_tax,
      total_tax: cart.total_tax,
      shipping_amount_including_tax: 99,
      grand_total: cart.grand_total,
      to_be_paid: cart.to_be_paid,
      coupon_code: null,
      order_items_count: 1,
      currency: { code: "INR", symbol: "₹" },
      shipping_address: cart.shipping_address,
      billing_address: cart.billing_address,
      fulfillment_preference: {
        fulfillment_type: "delivery",
        preference_type: "auto",
        shipments: [{ id: "shp_1", shipping_provider_id: "standard" }],
      },
    });
    const [item] = order.order_items!;
    const line = cart.cart_items[0]!;
    expect(item).toMatchObject({
      product_id: line.product_id,
      product_name: line.product_name,
      quantity: 2,
      selling_price: line.selling_price,
      listing_price: line.listing_price,
      tax_rate: line.tax_rate,
      tax_amount: line.tax_amount,
      tax_type: "GST",
    });

    expect(payment_required).toBe(true);
    expect(payment.id).toMatch(/^pay_/);
    expect(payment).toMatchObject({ status: "NEW", order_id: order.order_number });
    expect(payment.payment_links!.web).toBe(`${fixture.api.origin}/__demo/pay/${payment.id}`);
    const expiresIn = Date.parse(payment.payment_links!.expiry!) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    expect(payment.sdk_payload!.payload).toMatchObject({
      orderId: order.order_number,
      amount: cart.to_be_paid.toFixed(2),
      returnUrl: RETURN_URL,
      customerEmail: ADDRESS.email,
      action: "paymentPage",
    });

    expect((await shopper.sdk.cart.getCart({ id: cart.id })).response.status).toBe(404);
    expect((await shopper.sdk.cart.getUserCart({ user_id: shopper.userId })).response.status).toBe(404);
    const next = await shopper.sdk.cart.createCart({
      items: [{ product_id: simpleProduct().id, variant_id: null, quantity: 1 }],
    });
    expect(next.data!.cart.id).not.toBe(cart.id);
    expect(next.data!.cart.cart_items).toHaveLength(1);
  });

  it("fails, is retried with a new payment, then succeeds and confirms the order", async () => {
    const shopper = await fixture.newSignedInShopper();
    const { order, payment } = await placeOrder(shopper);
    const orderNumber = order.order_number!;
    const toBePaid = order.to_be_paid!;

    const pending = await shopper.sdk.order.getPaymentStatus(orderNumber);
    expect(pending.data).toEqual({
      status: "pending",
      amount_paid: 0,
      amount_unpaid: toBePaid,
      is_retry_available: false,
    });
    const tooEarly = await shopper.sdk.order.retryOrderPayment(
      { order_number: orderNumber },
      { payment_method: hyperCheckout() },
    );
    expect(tooEarly.response.status).toBe(400);
    expect(tooEarly.error?.message).toMatch(/still open/);

    const page = await paymentPage(payment.payment_links!.web!);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.html).toMatch(/<html lang="en">/);
    expect(page.html).toMatch(/<title>[^<]+<\/title>/);
    expect(page.html).toMatch(/<main>[\s\S]*<h1>[^<]+<\/h1>[\s\S]*<\/main>/);
    expect(page.html).toContain("Demo payment page — no money moves");
    expect(page.html).toContain("Aurora Goods");
    expect(page.html).toContain(orderNumber);
    expect(page.html).toContain(`Pay ${rupees(toBePaid)}</button>`);
    expect(page.html).toMatch(/<form method="post">/);
    expect(page.html).toMatch(/<button[^>]*name="outcome" value="success"/);
    expect(page.html).toMatch(/<button[^>]*name="outcome" value="failure"[^>]*>Simulate a failed payment<\/button>/);
    expect(page.html).not.toMatch(/<script/i);

    const failed = await pay(payment.payment_links!.web!, "failure");
    expect(failed.status).toBe(303);
    const failedReturn = new URL(failed.location!);
    expect(`${failedReturn.origin}${failedReturn.pathname}`).toBe("http://shop.test/checkout/return");
    expect(Object.fromEntries(failedReturn.searchParams)).toEqual({
      step: "pay",
      order_id: orderNumber,
      status: "AUTHORIZATION_FAILED",
    });
    const afterFailure = await shopper.sdk.order.getPaymentStatus(orderNumber);
    expect(afterFailure.data).toEqual({
      status: "failed",
      amount_paid: 0,
      amount_unpaid: toBePaid,
      is_retry_available: true,
    });
    const failedDetail = await shopper.sdk.order.getOrderDetails({ order_number: orderNumber });
    expect(failedDetail.data!.order).toMatchObject({ status: "pending", payment_status: "failed" });
    expect((await paymentPage(payment.payment_links!.web!)).html).toContain("This payment has already failed");

    const retry = await shopper.sdk.order.retryOrderPayment(
      { order_number: orderNumber },
      { payment_method: hyperCheckout() },
    );
    expect(retry.error).toBeNull();
    const second = retry.data!.payment_info as JusPayHyperCheckoutResponse;
    expect(second.id).not.toBe(payment.id);
    expect(second.payment_links!.web).not.toBe(payment.payment_links!.web);
    expect((await shopper.sdk.order.getPaymentStatus(orderNumber)).data!.status).toBe("pending");

    const paid = await pay(second.payment_links!.web!, "success");
    expect(paid.status).toBe(303);
    expect(new URL(paid.location!).searchParams.get("status")).toBe("CHARGED");
    expect((await shopper.sdk.order.getPaymentStatus(orderNumber)).data).toEqual({
      status: "success",
      amount_paid: toBePaid,
      amount_unpaid: 0,
      is_retry_available: false,
    });

    const detail = (await shopper.sdk.order.getOrderDetails({ order_number: orderNumber })).data!.order;
    expect(detail).toMatchObject({ status: "confirmed", payment_status: "success", shipments: [] });
    expect(Date.parse(detail.payment_success_date!)).not.toBeNaN();
    expect(detail.payments).toEqual([
      expect.objectContaining({ request_number: payment.id, payment_status: "failed", amount: toBePaid }),
      expect.objectContaining({
        request_number: second.id,
        payment_status: "success",
        amount: toBePaid,
        payment_method: "UPI",
        transaction_type: "payment",
      }),
    ]);

    // A settled payment stays settled: posting again only sends the shopper back.
    const again = await pay(second.payment_links!.web!, "failure");
    expect(again.status).toBe(303);
    expect(new URL(again.location!).searchParams.get("status")).toBe("CHARGED");
    expect((await shopper.sdk.order.getPaymentStatus(orderNumber)).data!.status).toBe("success");
    const settledPage = await paymentPage(second.payment_links!.web!);
    expect(settledPage.html).toContain("This payment is already complete");
    expect(settledPage.html).toContain(
      `href="http://shop.test/checkout/return?step=pay&amp;order_id=${orderNumber}&amp;status=CHARGED"`,
    );

    const retryPaid = await shopper.sdk.order.retryOrderPayment(
      { order_number: orderNumber },
      { payment_method: hyperCheckout() },
    );
    expect(retryPaid.response.status).toBe(400);
    expect(retryPaid.error?.message).toMatch(/already paid/);

    const { data } = await shopper.sdk.order.listOrders({ user_id: shopper.userId });
    expect(data!.orders![0]).toMatchObject({
      order_number: orderNumber,
      status: "confirmed",
      payment_status: "success",
    });
  });

  it("answers a button that is not on the page with 400, and an unknown payment with a 404 page", async () => {
    const shopper = await fixture.newSignedInShopper();
    const { payment, order } = await placeOrder(shopper);
    const odd = await pay(payment.payment_links!.web!, "maybe");
    expect(odd.status).toBe(400);
    expect(odd.html).toContain("Simulate a failed payment");
    expect((await shopper.sdk.order.getPaymentStatus(order.order_number!)).data!.status).toBe("pending");

    const unknown = await paymentPage(`${fixture.api.origin}/__demo/pay/pay_nothing`);
    expect(unknown.status).toBe(404);
    expect(unknown.type).toMatch(/^text\/html/);
    expect(unknown.html).toContain("Payment not found");
  });
});

describe("an order with nothing to pay", () => {
  it("TEAM100 (a staff code nobody is offered) with collection in store skips the payment", async () => {
    const shopper = await fixture.newSignedInShopper();
    const offered = await shopper.sdk.cart.getAvailableCoupons();
    expect(offered.data!.coupons.flatMap((coupon) => coupon.coupon_code)).not.toContain("TEAM100");

    const cart = await cartFor(shopper);
    const applied = await shopper.sdk.cart.applyCoupon({ id: cart.id }, { coupon_code: "team100" });
    expect(applied.data!.cart).toMatchObject({ coupon_code: "TEAM100", to_be_paid: 99 });
    const collect = await shopper.sdk.cart.updateFulfillmentPreference(
      { id: cart.id },
      { fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" },
    );
    expect(collect.data!.cart!.to_be_paid).toBe(0);

    const { data, error } = await shopper.sdk.order.createOrder({ cart_id: cart.id });
    expect(error).toBeNull();
    expect(data!.payment_required).toBe(false);
    expect(data!.payment_info).toEqual({});
    expect(data!.order).toMatchObject({
      status: "confirmed",
      payment_status: "success",
      to_be_paid: 0,
      coupon_code: "TEAM100",
      shipping_amount_including_tax: 0,
      fulfillment_preference: { fulfillment_type: "collect-in-store", preference_type: "user" },
    });
    const orderNumber = data!.order.order_number!;
    expect((await shopper.sdk.order.getPaymentStatus(orderNumber)).data).toEqual({
      status: "success",
      amount_paid: 0,
      amount_unpaid: 0,
      is_retry_available: false,
    });
    expect((await shopper.sdk.order.getOrderDetails({ order_number: orderNumber })).data!.order.payments).toEqual([]);
  });
});

describe("reading orders", () => {
  it("lists the account's orders newest first, also after signing out and in again", async () => {
    const email = uniqueEmail("orders");
    const first = await fixture.signIn(await fixture.newShopper(), email);
    const shopper = { sdk: first.sdk, userId: first.user.id, accessToken: first.access_token };
    const older = await placeOrder(shopper);
    const newer = await placeOrder(shopper);

    const { data, error } = await shopper.sdk.order.listOrders({ user_id: shopper.userId, page: 1, limit: 10 });
    expect(error).toBeNull();
    expect(data!.orders!.map((order) => order.order_number)).toEqual([
      newer.order.order_number,
      older.order.order_number,
    ]);
    expect(data!.pagination).toMatchObject({ total_records: 2, total_pages: 1, limit: 10 });
    expect(data!.orders![0]).toMatchObject({
      status: "pending",
      payment_status: "pending",
      grand_total: newer.order.grand_total,
      order_items_count: 1,
    });
    const paged = await shopper.sdk.order.listOrders({ user_id: shopper.userId, page: 2, limit: 1 });
    expect(paged.data!.orders!.map((order) => order.order_number)).toEqual([older.order.order_number]);
    const oldestFirst = await shopper.sdk.order.listOrders({
      user_id: shopper.userId,
      sort_by: JSON.stringify({ order_date: "asc" }),
    });
    expect(oldestFirst.data!.orders![0]!.order_number).toBe(older.order.order_number);
    const badSort = await shopper.sdk.order.listOrders({
      user_id: shopper.userId,
      sort_by: JSON.stringify({ grand_total: "asc" }),
    });
    expect(badSort.response.status).toBe(400);

    const loggedOut = await shopper.sdk.auth.logout();
    const guest = fixture.storefront.session({ accessToken: loggedOut.data!.access_token });
    expect((await guest.order.listOrders({ user_id: loggedOut.data!.user.id })).data!.orders).toEqual([]);
    const back = await fixture.signIn(
      { sdk: guest, userId: loggedOut.data!.user.id, accessToken: loggedOut.data!.access_token },
      email,
    );
    expect(back.user.id).toBe(shopper.userId);
    const again = await back.sdk.order.listOrders({ user_id: back.user.id });
    expect(again.data!.orders).toHaveLength(2);
    const detail = await back.sdk.order.getOrderDetails({ order_number: older.order.order_number! });
    expect(detail.data!.order.order_number).toBe(older.order.order_number);
  });

  it("keeps other shoppers out of an order", async () => {
    const owner = await fixture.newSignedInShopper();
    const { order } = await placeOrder(owner);
    const orderNumber = order.order_number!;
    const stranger = await fixture.newSignedInShopper();
    expect((await stranger.sdk.order.getOrderDetails({ order_number: orderNumber })).response.status).toBe(404);
    expect((await stranger.sdk.order.getPaymentStatus(orderNumber)).response.status).toBe(404);
    const retry = await stranger.sdk.order.retryOrderPayment(
      { order_number: orderNumber },
      { payment_method: hyperCheckout() },
    );
    expect(retry.response.status).toBe(404);
    const list = await stranger.sdk.order.listOrders({ user_id: owner.userId });
    expect(list.response.status).toBe(401);
    expect((await stranger.sdk.order.listOrders({ user_id: stranger.userId })).data!.orders).toEqual([]);
  });

  it("counts the checkout operations and lets faults hit them", async () => {
    await fetch(`${fixture.api.origin}/__demo/stats/reset`, { method: "POST" });
    const shopper = await fixture.newSignedInShopper();
    await placeOrder(shopper);
    const stats = (await (await fetch(`${fixture.api.origin}/__demo/stats`)).json()) as {
      calls: Record<string, number>;
    };
    expect(stats.calls).toMatchObject({ "POST /carts/{id}/address": 1, "POST /orders": 1 });

    await fetch(`${fixture.api.origin}/__demo/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ operation: "POST /orders", mode: "status", status: 503, times: 1 }),
    });
    const cart = await cartFor(shopper);
    const faulted = await shopper.sdk.order.createOrder({ cart_id: cart.id, payment_method: hyperCheckout() });
    expect(faulted.response.status).toBe(503);
    expect((await shopper.sdk.cart.getCart({ id: cart.id })).response.status).toBe(200);
  });
});

describe("an expired payment page", () => {
  let shortLived: DemoApiFixture;
  beforeAll(async () => {
    shortLived = await startFixture({ DEMO_PAYMENT_TTL: "1" });
  });
  afterAll(() => shortLived.api.close());

  it("takes no payment, sends the shopper back, and lets them retry", async () => {
    const shopper = await shortLived.newSignedInShopper();
    const product = simpleProduct();
    const created = await shopper.sdk.cart.createCart({
      items: [{ product_id: product.id, variant_id: null, quantity: 1 }],
    });
    const cartId = created.data!.cart.id;
    await shopper.sdk.cart.updateCartAddress({ id: cartId }, { shipping_address: ADDRESS, billing_address: ADDRESS });
    const { data } = await shopper.sdk.order.createOrder({ cart_id: cartId, payment_method: hyperCheckout() });
    const payment = data!.payment_info as JusPayHyperCheckoutResponse;
    const orderNumber = data!.order.order_number!;
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const page = await paymentPage(payment.payment_links!.web!);
    expect(page.status).toBe(200);
    expect(page.html).toContain("This payment page has expired");
    expect(page.html).toContain(`order_id=${orderNumber}&amp;status=AUTHORIZATION_FAILED`);
    expect(page.html).not.toContain("<form");
    const refused = await pay(payment.payment_links!.web!, "success");
    expect(refused.status).toBe(410);
    expect(refused.html).toContain("This payment page has expired");
    expect((await shopper.sdk.order.getPaymentStatus(orderNumber)).data).toMatchObject({
      status: "failed",
      is_retry_available: true,
    });

    const retry = await shopper.sdk.order.retryOrderPayment(
      { order_number: orderNumber },
      { payment_method: hyperCheckout() },
    );
    const fresh = retry.data!.payment_info as JusPayHyperCheckoutResponse;
    expect((await pay(fresh.payment_links!.web!, "success")).status).toBe(303);
    expect((await shopper.sdk.order.getOrderDetails({ order_number: orderNumber })).data!.order.status).toBe(
      "confirmed",
    );
  });
});

describe("raw requests", () => {
  it("refuses an order body without a cart id", async () => {
    const shopper = await fixture.newSignedInShopper();
    const { status, json } = await rawRequest(fixture, "POST", "/orders", {
      headers: { Authorization: `Bearer ${shopper.accessToken}` },
      body: JSON.stringify({ payment_method: hyperCheckout() }),
    });
    expect(status).toBe(400);
    expect(json).toMatchObject({ success: false, code: "bad_request", errors: { cart_id: "required" } });
  });
});
