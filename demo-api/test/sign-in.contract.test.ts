import type { Product } from "@commercengine/storefront-sdk";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findProduct,
  rawRequest,
  requestCode,
  startFixture,
  uniqueEmail,
  type DemoApiFixture,
  type Shopper,
} from "./demo-api-fixture";

let fixture: DemoApiFixture;
let products: Product[];

beforeAll(async () => {
  // No resend cooldown unless a test turns it on, so tests may ask for several codes.
  fixture = await startFixture({ DEMO_OTP_RESEND_COOLDOWN: "0" });
  const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 100 });
  products = data!.products;
});
afterAll(() => fixture.api.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settings(method: "POST" | "DELETE", body?: Record<string, number>): Promise<void> {
  const response = await fetch(`${fixture.api.origin}/__demo/settings`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body && JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

const signIn = (shopper: Shopper, email: string) => fixture.signIn(shopper, email);

const wrongCode = (otp: string) => (otp === "000000" ? "111111" : "000000");

const simpleInStock = () =>
  findProduct(
    products,
    (p) =>
      !p.has_variant &&
      p.stock_available &&
      p.pricing.min_order_quantity === 1 &&
      p.pricing.incremental_quantity === 1 &&
      (p.pricing.max_order_quantity === null || p.pricing.max_order_quantity >= 50),
    "simple in-stock product without a low maximum",
  );
const variantInStock = () => {
  const product = findProduct(
    products,
    (p) => p.has_variant && p.variants.some((v) => v.stock_available && v.pricing.min_order_quantity === 1),
    "variant product",
  );
  const variant = product.variants.find((v) => v.stock_available && v.pricing.min_order_quantity === 1)!;
  return { product, variant };
};

describe("POST /auth/login/email", () => {
  it("returns the code only when asked with x-debug-mode: true", async () => {
    const shopper = await fixture.newShopper();
    const plain = await shopper.sdk.auth.loginWithEmail({ email: uniqueEmail("plain"), register_if_not_exists: true });
    expect(plain.error).toBeNull();
    expect(plain.data).toMatchObject({ otp_action: "register" });
    expect(typeof plain.data!.otp_token).toBe("string");
    expect(plain.data).not.toHaveProperty("otp");

    const debug = await requestCode(shopper.sdk, uniqueEmail("debug"));
    expect(debug.otp).toMatch(/^\d{6}$/);
    expect(debug.otp_action).toBe("register");

    const other = await shopper.sdk.auth.loginWithEmail(
      { email: uniqueEmail("false"), register_if_not_exists: true },
      { "x-debug-mode": false },
    );
    expect(other.data).not.toHaveProperty("otp");
  });

  it("answers 400 with a clear message for a malformed or missing email", async () => {
    const shopper = await fixture.newShopper();
    for (const email of ["not-an-email", "someone@localhost", "two@@example.com", "spa ce@example.com"]) {
      const { error, response } = await shopper.sdk.auth.loginWithEmail({ email, register_if_not_exists: true });
      expect(response.status, email).toBe(400);
      expect(error?.message).toMatch(/not a valid email address/);
    }
    const missing = await shopper.sdk.auth.loginWithEmail({ email: "", register_if_not_exists: true });
    expect(missing.response.status).toBe(400);
    expect(missing.error?.message).toMatch(/email is required/);
  });

  it("404s for an unknown address unless asked to register, and says login for a known one", async () => {
    const shopper = await fixture.newShopper();
    const email = uniqueEmail("known");
    const unknown = await shopper.sdk.auth.loginWithEmail({ email });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error?.message).toMatch(/register_if_not_exists/);

    await signIn(shopper, email);
    const again = await (await fixture.newShopper()).sdk.auth.loginWithEmail({ email: email.toUpperCase() });
    expect(again.error).toBeNull();
    expect(again.data!.otp_action).toBe("login");
  });

  it("needs the shopper's access token", async () => {
    const { status, json } = await rawRequest(fixture, "POST", "/auth/login/email", {
      body: JSON.stringify({ email: uniqueEmail("nobody") }),
    });
    expect(status).toBe(401);
    expect(json.code).toBe("unauthorized");
  });

  it("refuses another code for the same address within the cooldown with 429", async () => {
    await settings("POST", { otpResendCooldownSeconds: 30 });
    try {
      const shopper = await fixture.newShopper();
      const email = uniqueEmail("cooldown");
      await requestCode(shopper.sdk, email);
      const resend = await shopper.sdk.auth.loginWithEmail({ email, register_if_not_exists: true });
      expect(resend.response.status).toBe(429);
      expect(resend.error?.message).toMatch(/wait \d+ seconds/);
      expect(Number(resend.response.headers.get("retry-after"))).toBeGreaterThan(0);
      // Other addresses are not held up.
      await requestCode(shopper.sdk, uniqueEmail("cooldown-other"));
    } finally {
      await settings("DELETE");
    }
  });
});

describe("POST /auth/verify-otp", () => {
  it("explains a wrong code and kills the otp_token after five wrong attempts", async () => {
    const shopper = await fixture.newShopper();
    const code = await requestCode(shopper.sdk, uniqueEmail("wrong"));
    const attempt = (otp: string) =>
      shopper.sdk.auth.verifyOtp({ otp, otp_token: code.otp_token, otp_action: "register" });
    for (const left of [4, 3, 2, 1]) {
      const { error, response } = await attempt(wrongCode(code.otp));
      expect(response.status).toBe(400);
      expect(error?.message).toMatch(new RegExp(`The code is not correct; ${left} attempts? left`));
    }
    const last = await attempt(wrongCode(code.otp));
    expect(last.response.status).toBe(400);
    expect(last.error?.message).toMatch(/not correct.*last attempt.*request a new code/);
    const tooLate = await attempt(code.otp);
    expect(tooLate.response.status).toBe(400);
    expect(tooLate.error?.message).toMatch(/Too many wrong codes.*request a new code/);
  });

  it("refuses an expired code with a message to request a new one", async () => {
    await settings("POST", { otpTtlSeconds: 1 });
    const shopper = await fixture.newShopper();
    const code = await requestCode(shopper.sdk, uniqueEmail("expired")).finally(() => settings("DELETE"));
    await sleep(1200);
    const { error, response } = await shopper.sdk.auth.verifyOtp({
      otp: code.otp,
      otp_token: code.otp_token,
      otp_action: "register",
    });
    expect(response.status).toBe(400);
    expect(error?.message).toMatch(/expired.*request a new code/);
  });

  it("accepts only the latest code sent to an address, and each code once", async () => {
    const shopper = await fixture.newShopper();
    const email = uniqueEmail("latest");
    const first = await requestCode(shopper.sdk, email);
    const second = await requestCode(shopper.sdk, email);
    const stale = await shopper.sdk.auth.verifyOtp({
      otp: first.otp,
      otp_token: first.otp_token,
      otp_action: "register",
    });
    expect(stale.response.status).toBe(400);
    expect(stale.error?.message).toMatch(/no longer valid/);
    const wrongAction = await shopper.sdk.auth.verifyOtp({
      otp: second.otp,
      otp_token: second.otp_token,
      otp_action: "login",
    });
    expect(wrongAction.response.status).toBe(400);
    expect(wrongAction.error?.message).toMatch(/otp_action must be "register"/);
    const body = { otp: second.otp, otp_token: second.otp_token, otp_action: "register" as const };
    expect((await shopper.sdk.auth.verifyOtp(body)).error).toBeNull();
    expect((await shopper.sdk.auth.verifyOtp(body)).response.status).toBe(400);
  });

  it("signs the shopper in: a User and tokens whose claims say logged in", async () => {
    const shopper = await fixture.newShopper();
    const email = uniqueEmail("success");
    const signedIn = await signIn(shopper, email);
    expect(signedIn.user).toMatchObject({
      email,
      is_anonymous: false,
      is_logged_in: true,
      is_email_verified: true,
      login_methods: ["email"],
    });
    expect(signedIn.user.id).not.toBe(shopper.userId);
    expect(typeof signedIn.user.customer_id).toBe("string");
    const claims = decodeJwt(signedIn.access_token);
    expect(claims).toMatchObject({
      ulid: signedIn.user.id,
      is_logged_in: true,
      is_anonymous: false,
      email,
      customer_id: signedIn.user.customer_id,
      store_id: "demo",
    });
    expect(typeof claims.anonymous_id).toBe("string");

    const details = await signedIn.sdk.auth.getUserDetails({ id: signedIn.user.id });
    expect(details.error).toBeNull();
    expect(details.data!.user).toMatchObject({ id: signedIn.user.id, email, is_logged_in: true });
    expect((await signedIn.sdk.auth.getUserDetails({ id: shopper.userId })).response.status).toBe(401);

    // Signing in again with the same address reaches the same account.
    const again = await signIn(await fixture.newShopper(), email);
    expect(again.user.id).toBe(signedIn.user.id);
  });
});

describe("the guest's cart at sign-in", () => {
  it("becomes the new account's cart: same id, same lines", async () => {
    const guest = await fixture.newShopper();
    const simple = simpleInStock();
    const { product, variant } = variantInStock();
    const created = await guest.sdk.cart.createCart({
      items: [
        { product_id: simple.id, variant_id: null, quantity: 2 },
        { product_id: product.id, variant_id: variant.id, quantity: 1 },
      ],
    });
    expect(created.error).toBeNull();
    const guestCart = created.data!.cart;

    const account = await signIn(guest, uniqueEmail("carry"));
    const { data, error } = await account.sdk.cart.getUserCart({ user_id: account.user.id });
    expect(error).toBeNull();
    expect(data!.cart.id).toBe(guestCart.id);
    const lines = (cart: typeof guestCart) =>
      cart.cart_items.map(({ product_id, variant_id, quantity }) => ({ product_id, variant_id, quantity }));
    expect(lines(data!.cart)).toEqual(lines(guestCart));
    expect(data!.cart.grand_total).toBe(guestCart.grand_total);
    expect((await guest.sdk.cart.getUserCart({ user_id: guest.userId })).response.status).toBe(404);
  });

  it("is merged into the account's existing cart: quantities add up and the guest cart is gone", async () => {
    const email = uniqueEmail("merge");
    const simple = simpleInStock();
    const { product, variant } = variantInStock();
    const first = await signIn(await fixture.newShopper(), email);
    const accountCart = await first.sdk.cart.createCart({
      items: [{ product_id: simple.id, variant_id: null, quantity: 1 }],
    });
    expect(accountCart.error).toBeNull();

    const guest = await fixture.newShopper();
    const guestCart = await guest.sdk.cart.createCart({
      items: [
        { product_id: simple.id, variant_id: null, quantity: 2 },
        { product_id: product.id, variant_id: variant.id, quantity: 1 },
      ],
    });
    const second = await signIn(guest, email);
    expect(second.user.id).toBe(first.user.id);

    const { data } = await second.sdk.cart.getUserCart({ user_id: second.user.id });
    expect(data!.cart.id).toBe(accountCart.data!.cart.id);
    const quantities = Object.fromEntries(
      data!.cart.cart_items.map((item) => [`${item.product_id}/${item.variant_id}`, item.quantity]),
    );
    expect(quantities).toEqual({ [`${simple.id}/null`]: 3, [`${product.id}/${variant.id}`]: 1 });
    expect((await second.sdk.cart.getCart({ id: guestCart.data!.cart.id })).response.status).toBe(404);
    expect((await guest.sdk.cart.getCart({ id: guestCart.data!.cart.id })).response.status).toBe(404);
  });

  it("caps a merged quantity at what the line rules and stock allow", async () => {
    const email = uniqueEmail("cap");
    const simple = simpleInStock();
    const first = await signIn(await fixture.newShopper(), email);
    await first.sdk.cart.createCart({ items: [{ product_id: simple.id, variant_id: null, quantity: 30 }] });
    const guest = await fixture.newShopper();
    await guest.sdk.cart.createCart({ items: [{ product_id: simple.id, variant_id: null, quantity: 30 }] });
    const second = await signIn(guest, email);
    const { data } = await second.sdk.cart.getUserCart({ user_id: second.user.id });
    const limit = Math.min(50, simple.pricing.max_order_quantity ?? 50);
    expect(data!.cart.cart_items).toHaveLength(1);
    expect(data!.cart.cart_items[0]!.quantity).toBe(limit);
  });
});

describe("a signed-in session", () => {
  it("stays signed in across a refresh", async () => {
    const email = uniqueEmail("refresh");
    const signedIn = await signIn(await fixture.newShopper(), email);
    const refreshed = await fixture.storefront.session().auth.refreshToken({ refresh_token: signedIn.refresh_token });
    expect(refreshed.error).toBeNull();
    expect(decodeJwt(refreshed.data!.access_token)).toMatchObject({
      ulid: signedIn.user.id,
      is_logged_in: true,
      is_anonymous: false,
      email,
      customer_id: signedIn.user.customer_id,
    });
    const sdk = fixture.storefront.session({ accessToken: refreshed.data!.access_token });
    const details = await sdk.auth.getUserDetails({ id: signedIn.user.id });
    expect(details.data!.user.email).toBe(email);
  });

  it("logs out to a new anonymous session; the old tokens stop working", async () => {
    const signedIn = await signIn(await fixture.newShopper(), uniqueEmail("logout"));
    const { data, error } = await signedIn.sdk.auth.logout();
    expect(error).toBeNull();
    expect(data!.user).toMatchObject({ is_anonymous: true, is_logged_in: false, email: null });
    expect(data!.user.id).not.toBe(signedIn.user.id);
    expect(decodeJwt(data!.access_token)).toMatchObject({
      ulid: data!.user.id,
      is_anonymous: true,
      is_logged_in: false,
      email: null,
    });

    const reuse = await fixture.storefront.session().auth.refreshToken({ refresh_token: signedIn.refresh_token });
    expect(reuse.response.status).toBe(401);
    expect(reuse.error?.message).toMatch(/logged out/);
    const oldAccess = await signedIn.sdk.cart.getUserCart({ user_id: signedIn.user.id });
    expect(oldAccess.response.status).toBe(401);

    const guest = fixture.storefront.session({ accessToken: data!.access_token });
    expect((await guest.cart.getUserCart({ user_id: data!.user.id })).response.status).toBe(404);
  });
});
