import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startDemoApi, type RunningDemoApi } from "../demo-api/app";
import { readDemoApiConfig } from "../demo-api/config";
import { decideSession } from "./session-bootstrap";
import type { SessionData } from "./session-cookie";
import { decodeClaims } from "./tokens";

// The real demo API over HTTP, as the middleware calls it.
let demo: RunningDemoApi;
let api: { apiBaseUrl: string; apiKey: string; storeId: string };

beforeAll(async () => {
  demo = await startDemoApi({ ...readDemoApiConfig({}), port: 0, quiet: true });
  api = { apiBaseUrl: demo.baseUrl, apiKey: readDemoApiConfig({}).apiKey, storeId: "demo" };
});
afterAll(() => demo.close());
beforeEach(async () => {
  await control("DELETE", "/__demo/settings");
  demo.stats.reset();
});

function control(method: string, path: string, body?: unknown) {
  return fetch(`${demo.origin}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function newSession(): Promise<SessionData> {
  const decision = await decideSession(api, null);
  if (decision.kind !== "set") throw new Error(`expected a new session, got ${decision.kind}`);
  return decision.session;
}

/** A shopper signed in with an e-mail code (the demo API reveals the code in debug mode). */
async function signedInSession(email: string): Promise<SessionData> {
  const guest = await newSession();
  const call = async (path: string, body: unknown) => {
    const response = await fetch(`${api.apiBaseUrl}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Api-Key": api.apiKey,
        "x-debug-mode": "true",
        Authorization: `Bearer ${guest.accessToken}`,
      },
      body: JSON.stringify(body),
    });
    return ((await response.json()) as { content: Record<string, string> }).content;
  };
  const sent = await call("/auth/login/email", { email, register_if_not_exists: true });
  const tokens = await call("/auth/verify-otp", {
    otp: sent.otp,
    otp_token: sent.otp_token,
    otp_action: sent.otp_action,
  });
  const claims = decodeClaims(tokens.access_token!)!;
  return {
    accessToken: tokens.access_token!,
    refreshToken: tokens.refresh_token!,
    userId: claims.userId,
    expiresAt: claims.expiresAt,
  };
}

/** The session as it would be `secondsLater`: the clock moves, the tokens do not. */
const later = (secondsLater: number) => Date.now() + secondsLater * 1000;

describe("decideSession", () => {
  it("mints an anonymous session for a first visit", async () => {
    const decision = await decideSession(api, null);
    expect(decision).toMatchObject({ kind: "set", reason: "new" });
    if (decision.kind !== "set") return;
    expect(decodeClaims(decision.session.accessToken)?.userId).toBe(decision.session.userId);
    expect(demo.stats.snapshot()).toEqual({ "POST /auth/anonymous": 1 });
  });

  it("keeps a valid session without calling the API", async () => {
    const session = await newSession();
    demo.stats.reset();
    expect(await decideSession(api, session)).toEqual({ kind: "keep" });
    expect(demo.stats.snapshot()).toEqual({});
  });

  it("refreshes near expiry, keeping the shopper and their cart id", async () => {
    const session = { ...(await newSession()), cartId: "01CART" };
    demo.stats.reset();
    const decision = await decideSession(api, session, later(3600 - 10));
    expect(decision).toMatchObject({
      kind: "set",
      reason: "refreshed",
      session: { userId: session.userId, cartId: "01CART" },
    });
    expect(demo.stats.snapshot()).toEqual({ "POST /auth/refresh-token": 1 });
  });

  it("falls back to /auth/anonymous with the old token when the refresh token was already used", async () => {
    await control("POST", "/__demo/settings", { refreshSingleUse: true });
    const session = await newSession();
    // A parallel request already spent the refresh token.
    await decideSession(api, session, later(3600 - 10));
    demo.stats.reset();
    const decision = await decideSession(api, session, later(3600 - 10));
    expect(decision).toMatchObject({ kind: "set", reason: "refreshed", session: { userId: session.userId } });
    expect(demo.stats.snapshot()).toEqual({ "POST /auth/refresh-token": 1, "POST /auth/anonymous": 1 });
  });

  it("keeps a signed-in shopper signed in across a refresh", async () => {
    const session = await signedInSession("keep@example.in");
    const decision = await decideSession(api, session, later(3600 - 10));
    expect(decision).toMatchObject({ kind: "set", reason: "refreshed", session: { userId: session.userId } });
    if (decision.kind !== "set") return;
    expect(decodeClaims(decision.session.accessToken)?.isLoggedIn).toBe(true);
    expect(decision.session.endedSignIn).toBeUndefined();
  });

  it("says whose sign-in ended when a signed-in session can no longer be renewed", async () => {
    const session = await signedInSession("ended@example.in");
    // Signed out elsewhere: the API refuses the refresh token and will not renew the signed-in access token.
    await fetch(`${api.apiBaseUrl}/auth/logout`, {
      method: "POST",
      headers: { Authorization: `Bearer ${session.accessToken}` },
    });
    const now = later(3600 - 10);
    const decision = await decideSession(api, { ...session, cartId: "01CART" }, now);
    expect(decision).toMatchObject({
      kind: "set",
      reason: "new",
      session: { endedSignIn: "ended@example.in", endedSignInAt: now },
    });
    if (decision.kind !== "set") return;
    expect(decision.session.userId).not.toBe(session.userId);
    expect(decision.session.cartId).toBeUndefined();
    expect(decodeClaims(decision.session.accessToken)?.isLoggedIn).toBe(false);
  });

  it("starts a fresh session when the cookie's tokens are not this API's", async () => {
    const session = await newSession();
    const foreign: SessionData = {
      ...session,
      refreshToken: "garbage",
      accessToken: session.accessToken.slice(0, -4) + "AAAA",
    };
    const decision = await decideSession(api, foreign, later(3600));
    expect(decision).toMatchObject({ kind: "set", reason: "new" });
    if (decision.kind === "set") expect(decision.session.userId).not.toBe(session.userId);
  });

  it("starts a new session when the cookie holds another store's session", async () => {
    const session = await newSession();
    const decision = await decideSession({ ...api, storeId: "01OTHERSTORE" }, session);
    expect(decision).toMatchObject({ kind: "set", reason: "new" });
  });

  it("lets the request through without a session when the API is unreachable", async () => {
    const down = { ...api, apiBaseUrl: "http://127.0.0.1:9/api/v1/demo/storefront" };
    expect(await decideSession(down, null)).toMatchObject({ kind: "none" });
    // A session about to expire is kept rather than thrown away; the next request tries again.
    const session = await newSession();
    expect(await decideSession(down, session, later(3600 - 10))).toEqual({ kind: "keep" });
  });
});
