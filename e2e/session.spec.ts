import { expect, test } from "@playwright/test";
import { SESSION_COOKIE } from "../lib/session-cookie";
import { authCalls, calls, resetCalls, restoreTokenPolicy, setTokenPolicy } from "./support/demo-api";
import { sessionCookie, sessionInCookie, type SessionInfo } from "./support/session";

test.afterEach(async () => {
  await restoreTokenPolicy();
});

test("a first visit gets a sealed, HttpOnly session cookie and the page already uses the session", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await resetCalls();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);

  const setCookie = (await response!.headerValue("set-cookie")) ?? "";
  expect(setCookie).toContain(`${SESSION_COOKIE}=`);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  expect(setCookie).toMatch(/Path=\//);
  expect(setCookie).toMatch(/Secure/i);

  const cookie = await sessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: true });
  const session = await sessionInCookie(context);
  expect(session?.userId).toBeTruthy();
  // Max-age follows the refresh token (30 days in the demo API's default policy).
  const refreshExpiry = JSON.parse(Buffer.from(session!.refreshToken.split(".")[1]!, "base64url").toString())
    .exp as number;
  expect(Math.abs(cookie!.expires - refreshExpiry)).toBeLessThan(120);

  // One anonymous token for the visit; the header's cart, loaded from /api/shopper, uses it.
  await expect(page.getByTestId("cart-count")).toHaveText("0");
  expect((await calls())["POST /auth/anonymous"]).toBe(1);

  // A page rendered per shopper sees the session the middleware has just created, on that same first request:
  // one request, one anonymous token, and the cart page's lookup of the shopper's cart made with it.
  const firstVisitor = await playwright.request.newContext({ baseURL, userAgent: test.info().project.use.userAgent });
  await resetCalls();
  const cartPage = await firstVisitor.get("/cart");
  expect(cartPage.status()).toBe(200);
  expect(cartPage.headers()["set-cookie"]).toContain(`${SESSION_COOKIE}=`);
  expect(await cartPage.text()).toContain("Your cart is empty");
  const counts = await calls();
  expect(counts["POST /auth/anonymous"]).toBe(1);
  expect(counts["GET /carts/users/{user_id}"]).toBe(1);
  await firstVisitor.dispose();
});

test("a route handler sees the session on the very first request", async ({ playwright }) => {
  // A browser's user agent: crawlers and scripts (Playwright's own agent among them) get no session.
  const request = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    userAgent: test.info().project.use.userAgent,
  });
  const response = await request.get("/api/session");
  expect(response.status()).toBe(200);
  const info = (await response.json()) as SessionInfo;
  expect(info.userId).toMatch(/^[0-9A-Z]{26}$/);
  expect(info).toMatchObject({ isAnonymous: true, isLoggedIn: false });
  expect(Date.parse(info.expiresAt!)).toBeGreaterThan(Date.now());
  expect(Object.keys(info).sort()).toEqual(["expiresAt", "isAnonymous", "isLoggedIn", "userId"]);
  await request.dispose();
});

test("the next visit keeps the same shopper, makes no auth call and sets no cookie", async ({ page, context }) => {
  await page.goto("/");
  const first = await sessionInCookie(context);
  const cookieBefore = (await sessionCookie(context))!.value;

  await resetCalls();
  const response = await page.goto("/");
  expect(await response!.headerValue("set-cookie")).toBeNull();
  expect(await authCalls()).toEqual({});
  expect((await sessionCookie(context))!.value).toBe(cookieBefore);

  const info = (await (await page.request.get("/api/session")).json()) as SessionInfo;
  expect(info.userId).toBe(first!.userId);
});

test("a short-lived token is refreshed before it expires and the shopper stays the same", async ({ page, context }) => {
  await setTokenPolicy({ accessTokenTtlSeconds: 10 });
  await page.goto("/");
  const first = await sessionInCookie(context);
  expect(first!.expiresAt - Date.now()).toBeLessThanOrEqual(10_000);

  // Inside the refresh window (half of a 10 s lifetime) but before expiry.
  await page.waitForTimeout(Math.max(0, first!.expiresAt - 4_000 - Date.now()));
  await resetCalls();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(await authCalls()).toEqual({ "POST /auth/refresh-token": 1 });

  const second = await sessionInCookie(context);
  expect(second!.userId).toBe(first!.userId);
  expect(second!.accessToken).not.toBe(first!.accessToken);
  expect(second!.expiresAt).toBeGreaterThan(first!.expiresAt);
  const info = (await (await page.request.get("/api/session")).json()) as SessionInfo;
  expect(info.userId).toBe(first!.userId);
});

test("a tampered or foreign cookie starts a fresh session instead of an error", async ({ page, context, baseURL }) => {
  await page.goto("/");
  // The header has loaded the cart with this session: no request of this page is left to carry a forged cookie.
  await expect(page.getByTestId("cart-count")).toHaveText("0");
  const original = await sessionInCookie(context);
  const value = (await sessionCookie(context))!.value;

  for (const forged of [
    value.slice(0, -12),
    value.replace(/.(?=.{20}$)/, (c) => (c === "a" ? "b" : "a")),
    "not-a-session",
    "Fe26.2**deadbeef",
  ]) {
    await context.clearCookies();
    await context.addCookies([{ name: SESSION_COOKIE, value: forged, url: baseURL! }]);
    await resetCalls();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    // The page works with the fresh session: the header's cart, loaded with it, is empty.
    await expect(page.getByTestId("cart-count")).toHaveText("0");
    expect(await authCalls()).toEqual({ "POST /auth/anonymous": 1 });
    const fresh = await sessionInCookie(context);
    expect(fresh?.userId).toBeTruthy();
    expect(fresh!.userId).not.toBe(original!.userId);
  }
});

test("static files, images and router prefetches do not start a session", async ({ playwright, page }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await page.goto("/");
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((script) => script.getAttribute("src")!),
  );
  expect(assets.length).toBeGreaterThan(0);

  await resetCalls();
  const paths = [assets[0]!, "/favicon.ico", "/robots.txt", "/sitemap.xml"];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  const prefetch = await request.get("/", { headers: { "Next-Router-Prefetch": "1", RSC: "1" } });
  expect(prefetch.headers()["set-cookie"] ?? "").not.toContain(SESSION_COOKIE);
  expect(await authCalls()).toEqual({});
  await request.dispose();
});

test("no token and no API key ever reach the browser", async ({ page, context }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/html|javascript|json|text\/x-component|text\/plain/.test(type))
      bodies.push(await response.text().catch(() => ""));
  });
  await page.goto("/");
  await page.goto("/api/session");
  const session = await sessionInCookie(context);
  const rsc = await page.request.get("/", { headers: { RSC: "1" } });
  bodies.push(await rsc.text());

  const everything = bodies.join("\n");
  expect(everything.length).toBeGreaterThan(1000);
  expect(everything).not.toContain(session!.accessToken);
  expect(everything).not.toContain(session!.refreshToken);
  expect(everything).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/);
  expect(everything).not.toContain("demo-public-api-key");
  const documentCookies = await page.evaluate(() => document.cookie);
  expect(documentCookies).not.toContain(SESSION_COOKIE);
});
