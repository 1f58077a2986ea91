import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, startFixture, type DemoApiFixture } from "./demo-api-fixture";

let fixture: DemoApiFixture;
beforeAll(async () => {
  fixture = await startFixture({ DEMO_ACCESS_TOKEN_TTL: "120", DEMO_REFRESH_TOKEN_TTL: "600" });
});
afterAll(() => fixture.api.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("POST /auth/anonymous", () => {
  it("creates a guest with JWTs carrying the claims the SDK reads", async () => {
    const { data, error } = await fixture.storefront.session().auth.getAnonymousToken();
    expect(error).toBeNull();
    expect(data?.user).toMatchObject({ is_anonymous: true, is_logged_in: false, email: null, first_name: null });
    const claims = decodeJwt(data!.access_token);
    expect(claims).toMatchObject({ ulid: data!.user.id, is_anonymous: true, is_logged_in: false, store_id: "demo" });
    expect(typeof claims.anonymous_id).toBe("string");
    expect(claims).toHaveProperty("customer_group_id");
    expect(claims).toHaveProperty("channel");
    expect(claims.exp! - claims.iat!).toBe(120);
    const refresh = decodeJwt(data!.refresh_token);
    expect(refresh.exp! - refresh.iat!).toBe(600);
  });

  it("answers 401 with the Unauthorized envelope for a missing or wrong API key", async () => {
    for (const headers of [{ "X-Api-Key": "" }, { "X-Api-Key": "wrong" }]) {
      const { status, json } = await rawRequest(fixture, "POST", "/auth/anonymous", { headers });
      expect(status).toBe(401);
      expect(json).toMatchObject({ success: false, code: "unauthorized" });
      expect(typeof json.message).toBe("string");
    }
  });

  it("re-issues tokens for the same shopper when sent their expired access token", async () => {
    const response = await fetch(`${fixture.api.origin}/__demo/settings`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ accessTokenTtlSeconds: 1 }),
    });
    expect(response.ok).toBe(true);
    const first = await fixture.newShopper();
    await fetch(`${fixture.api.origin}/__demo/settings`, { method: "DELETE" });
    await sleep(2100);
    // The expired token is refused for shopper calls...
    const cart = await first.sdk.cart.getUserCart({ user_id: first.userId });
    expect(cart.response.status).toBe(401);
    expect(cart.error?.message).toMatch(/expired/i);
    // ...but lets /auth/anonymous keep the same shopper.
    const { status, json } = await rawRequest(fixture, "POST", "/auth/anonymous", {
      headers: { Authorization: `Bearer ${first.accessToken}` },
    });
    expect(status).toBe(200);
    expect((json.content as { user: { id: string } }).user.id).toBe(first.userId);
  });

  it("ignores a forged bearer token and creates a new guest", async () => {
    const shopper = await fixture.newShopper();
    const [header, payload] = shopper.accessToken.split(".");
    const { json } = await rawRequest(fixture, "POST", "/auth/anonymous", {
      headers: { Authorization: `Bearer ${header}.${payload}.forged-signature` },
    });
    expect((json.content as { user: { id: string } }).user.id).not.toBe(shopper.userId);
  });
});

describe("POST /auth/refresh-token", () => {
  it("rotates tokens for the same shopper", async () => {
    const { data } = await fixture.storefront.session().auth.getAnonymousToken();
    const refreshed = await fixture.storefront.session().auth.refreshToken({ refresh_token: data!.refresh_token });
    expect(refreshed.error).toBeNull();
    expect(refreshed.data!.refresh_token).not.toBe(data!.refresh_token);
    expect(decodeJwt(refreshed.data!.access_token).ulid).toBe(data!.user.id);
  });

  it("refuses an access token, garbage or a missing body with 401 or 400", async () => {
    const { data } = await fixture.storefront.session().auth.getAnonymousToken();
    const wrongKind = await fixture.storefront.session().auth.refreshToken({ refresh_token: data!.access_token });
    expect(wrongKind.response.status).toBe(401);
    expect((await rawRequest(fixture, "POST", "/auth/refresh-token", { body: '{"refresh_token":"x"}' })).status).toBe(
      401,
    );
    expect((await rawRequest(fixture, "POST", "/auth/refresh-token", { body: "{}" })).status).toBe(400);
  });

  it("in single-use mode accepts a refresh token exactly once", async () => {
    const strict = await startFixture({ DEMO_REFRESH_SINGLE_USE: "1" });
    try {
      const auth = strict.storefront.session().auth;
      const { data } = await auth.getAnonymousToken();
      expect((await auth.refreshToken({ refresh_token: data!.refresh_token })).response.status).toBe(200);
      const reused = await auth.refreshToken({ refresh_token: data!.refresh_token });
      expect(reused.response.status).toBe(401);
      expect(reused.error?.message).toMatch(/already been used/);
    } finally {
      await strict.api.close();
    }
  });
});

describe("POST /auth/logout", () => {
  it("ends the session and hands back a new guest's tokens", async () => {
    const shopper = await fixture.newShopper();
    const { data, error } = await shopper.sdk.auth.logout();
    expect(error).toBeNull();
    expect(data!.user.id).not.toBe(shopper.userId);
    expect(decodeJwt(data!.access_token).ulid).toBe(data!.user.id);
  });

  it("needs a valid bearer token", async () => {
    const { status, json } = await rawRequest(fixture, "POST", "/auth/logout");
    expect(status).toBe(401);
    expect(json.code).toBe("unauthorized");
  });
});

describe("GET /store/config", () => {
  it("returns the store's name, brand and INR currency", async () => {
    const { data, error } = await fixture.storefront.public().store.getStoreConfig();
    expect(error).toBeNull();
    expect(data?.store_config?.brand.name).toBeTruthy();
    expect(data?.store_config?.currency).toMatchObject({ code: "INR", symbol: "₹" });
  });

  it("needs the API key", async () => {
    const { status } = await rawRequest(fixture, "GET", "/store/config", { headers: { "X-Api-Key": "nope" } });
    expect(status).toBe(401);
  });
});
