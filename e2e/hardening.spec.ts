import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { SESSION_COOKIE, unsealSession } from "../lib/session-cookie";
import { addFromProductPage, cartCount, PETRICHOR } from "./support/cart";
import { authCalls, resetCalls, restoreTokenPolicy, setTokenPolicy } from "./support/demo-api";
import { E2E_SESSION_SECRET } from "./support/ports";
import { sessionCookie, sessionInCookie } from "./support/session";

test.afterEach(async () => {
  await restoreTokenPolicy();
});

const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

function sessionSetBy(response: APIResponse): string | null {
  const header = response
    .headersArray()
    .find((entry) => entry.name.toLowerCase() === "set-cookie" && entry.value.startsWith(`${SESSION_COOKIE}=`));
  return header ? header.value.slice(SESSION_COOKIE.length + 1).split(";")[0]! : null;
}

test("crawlers and HEAD requests see the catalog without a session, and mint no anonymous user", async ({
  playwright,
  baseURL,
}) => {
  const crawler = await playwright.request.newContext({ baseURL, userAgent: GOOGLEBOT });
  await resetCalls();
  for (const path of ["/", "/categories/clothing", "/products/classic-fleece-hoodie", "/search?q=tee"]) {
    const response = await crawler.get(path);
    expect(response.status(), path).toBe(200);
    expect(sessionSetBy(response), path).toBeNull();
    expect(await response.text(), path).toContain("</html>");
  }
  const product = await crawler.get("/products/classic-fleece-hoodie");
  expect(await product.text()).toContain("Classic Fleece Hoodie");
  await crawler.dispose();

  const shopper = await playwright.request.newContext({ baseURL, userAgent: test.info().project.use.userAgent });
  const head = await shopper.head("/");
  expect(head.status()).toBe(200);
  expect(sessionSetBy(head)).toBeNull();
  expect(await authCalls()).toEqual({});
  await shopper.dispose();
});

test("crawlers get the metadata in the <head> of the HTML, and sorted listings are kept out of the index", async ({
  playwright,
  baseURL,
}) => {
  const crawler = await playwright.request.newContext({ baseURL, userAgent: GOOGLEBOT });
  const headOf = async (path: string) => {
    const html = await (await crawler.get(path)).text();
    return html.slice(0, html.indexOf("</head>"));
  };
  const sorted = await headOf("/categories/t-shirts?sort=price-asc");
  expect(sorted).toContain('<meta name="description"');
  expect(sorted).toMatch(/<link rel="canonical" href="[^"]*\/categories\/t-shirts"\/>/);
  expect((await crawler.get("/categories/t-shirts?sort=price-asc")).headers()["x-robots-tag"]).toBe("noindex");
  expect((await crawler.get("/categories/t-shirts")).headers()["x-robots-tag"]).toBeUndefined();
  await crawler.dispose();
});

test("twenty parallel requests with one near-expiry cookie all succeed and keep one shopper and one cart", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  // Single-use refresh tokens: only one of the twenty can use it; the others must not lose the shopper.
  await setTokenPolicy({ accessTokenTtlSeconds: 10, refreshSingleUse: true });
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const before = await sessionInCookie(context);
  expect(before?.cartId).toBeTruthy();
  const cookie = (await sessionCookie(context))!.value;

  // Into the refresh window (the last half of a 10 s token), before expiry.
  await page.waitForTimeout(Math.max(0, before!.expiresAt - 4_000 - Date.now()));
  const client = await playwright.request.newContext({
    baseURL,
    userAgent: test.info().project.use.userAgent,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` },
  });
  const responses = await Promise.all(Array.from({ length: 20 }, () => client.get("/cart")));
  for (const response of responses) expect(response.status()).toBe(200);

  const renewed = await Promise.all(
    responses.map((response) => sessionSetBy(response)).filter((value): value is string => value !== null),
  );
  expect(renewed.length).toBeGreaterThan(0);
  for (const value of renewed) {
    const session = await unsealSession(decodeURIComponent(value), E2E_SESSION_SECRET);
    expect(session?.userId).toBe(before!.userId);
    expect(session?.cartId).toBe(before!.cartId);
  }
  for (const response of responses) expect(await response.text()).toContain(PETRICHOR.name);
  await client.dispose();

  // The browser carries on with one of them: same shopper, same cart.
  await context.addCookies([{ name: SESSION_COOKIE, value: decodeURIComponent(renewed[0]!), url: baseURL! }]);
  await page.goto("/");
  await expect(cartCount(page)).toHaveText("1");
  expect((await sessionInCookie(context))?.userId).toBe(before!.userId);
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/products/classic-fleece-hoodie", "/cart", "/placeholder-product.svg", "/api/session"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // The suite runs a production build.
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/);
  }
});

test("the pages work under the Content-Security-Policy: no violation is reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await page.goto("/");
  await page.goto("/search?q=mug");
  await page.goto("/cart");
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another site is refused and changes nothing", async ({ page, context, baseURL }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const html = await (await page.request.get(PETRICHOR.path)).text();
  const form = (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((candidate) =>
    candidate.includes('name="product_id"'),
  )!;
  const multipart: Record<string, string> = {};
  for (const input of form.match(/<input[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = (/value="([^"]*)"/.exec(input)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    if (name) multipart[name] = value;
  }
  const forged = await page.request.post(PETRICHOR.path, {
    multipart,
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto(`${baseURL}/cart`);
  await expect(page.getByRole("main").getByTestId("cart-line-quantity")).toHaveText("1");
  expect((await sessionInCookie(context))?.cartId).toBeTruthy();
});

test("no token, API key or secret appears in any client JavaScript chunk of the build", async ({ page, context }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const session = await sessionInCookie(context);
  const secrets = [session!.accessToken, session!.refreshToken, E2E_SESSION_SECRET, "demo-public-api-key"];

  const files = jsFiles(join(".next-e2e", "static"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${file} contains a secret`).toBe(false);
    expect(text, file).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/);
  }
});

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith(".js") ? [path] : [];
  });
}
