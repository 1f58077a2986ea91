import { expect, test, type APIRequestContext } from "@playwright/test";

/*
 * Hostile input: every query parameter, path segment and form field of every route, tried with bad values. The
 * storefront must answer with a sensible page or a 4xx, never a 5xx, and a shopper's cart must not change. The lists
 * below are the record of what was tried.
 */

const LONG = "x".repeat(10_000);
const BAD_VALUES = [
  "-1",
  "0",
  "-99999999999999999999",
  "99999999999999999999999",
  "1e309",
  "NaN",
  "1.5",
  "[object Object]",
  "__proto__",
  "%00",
  "%E0%A4%A",
  "😀🛒",
  "ज़्यादा",
  "‮reversed",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  LONG,
];
const BROKEN_FILTERS = ["(", "color IN [", "price >", "AND OR NOT", "a = 'unterminated", "((((((((((x))))))))))"];

/** Query parameters per page, as the pages read them. */
const PAGES: { path: string; params: string[] }[] = [
  { path: "/", params: ["q", "page"] },
  { path: "/categories/clothing", params: ["sort", "page"] },
  { path: "/products/classic-fleece-hoodie", params: ["color", "size"] },
  { path: "/search", params: ["q", "sort", "page", "category", "color", "size", "min", "max", "instock", "filter"] },
  { path: "/cart", params: ["page"] },
  { path: "/checkout", params: ["step"] },
  { path: "/checkout/contact", params: ["next"] },
  { path: "/sign-in", params: ["next"] },
  { path: "/account/orders", params: ["page"] },
  { path: "/checkout/payment-return", params: ["order_id", "status"] },
  { path: "/api/search/suggest", params: ["q"] },
  { path: "/api/session", params: ["x"] },
];

/** Path segments that take a slug or file name. */
const SEGMENTS = ["/categories/", "/products/", "/sitemap/"];

function withParam(path: string, name: string, value: string): string {
  return `${path}?${encodeURIComponent(name)}=${value.startsWith("%") ? value : encodeURIComponent(value)}`;
}

async function statusOf(request: APIRequestContext, url: string, init: { method?: string } = {}): Promise<number> {
  const response = await request.fetch(url, { method: init.method ?? "GET", maxRedirects: 0, failOnStatusCode: false });
  return response.status();
}

for (const { path, params } of PAGES) {
  test(`${path}: every parameter with bad values answers below 500`, async ({ request }) => {
    const failures: string[] = [];
    for (const name of params) {
      for (const value of [...BAD_VALUES, ...(path === "/search" ? BROKEN_FILTERS : [])]) {
        const url = withParam(path, name, value);
        const status = await statusOf(request, url);
        if (status >= 500) failures.push(`${status} ${url.slice(0, 120)}`);
      }
    }
    // Repeated parameters and an absurd number of them.
    const many = `${path}?${Array.from({ length: 300 }, (_, index) => `color=c${index}`).join("&")}`;
    const status = await statusOf(request, many);
    if (status >= 500) failures.push(`${status} ${path}?color=… ×300`);
    expect(failures).toEqual([]);
  });
}

test("path segments with bad values answer 404 or another 4xx, never 5xx", async ({ request }) => {
  const failures: string[] = [];
  for (const segment of SEGMENTS) {
    for (const value of BAD_VALUES) {
      const url = `${segment}${value.startsWith("%") ? value : encodeURIComponent(value)}`;
      const status = await statusOf(request, url);
      if (status >= 500 || status < 400) failures.push(`${status} ${url.slice(0, 120)}`);
    }
  }
  expect(failures).toEqual([]);
});

test("any order number asked for by a guest is answered with a redirect to sign in, or a 4xx, never a 5xx", async ({
  request,
}) => {
  const failures: string[] = [];
  for (const value of BAD_VALUES) {
    const url = `/orders/${value.startsWith("%") ? value : encodeURIComponent(value)}`;
    const response = await request.fetch(url, { maxRedirects: 0, failOnStatusCode: false });
    const location = new URL(response.headers()["location"] ?? "/", "http://storefront");
    const toSignIn = response.status() === 307 && location.pathname === "/sign-in" && location.searchParams.has("next");
    // A path that ends like a file name ("1.5") never reaches the middleware (it leaves static files alone); the
    // page then sends the guest to sign in itself, after its 200.
    const looksLikeFile = /\.[a-zA-Z0-9]+$/.test(url);
    if (response.status() >= 500 || (!toSignIn && !looksLikeFile && response.status() < 400)) {
      failures.push(`${response.status()} ${url.slice(0, 120)}`);
    }
  }
  expect(failures).toEqual([]);
});

test("wrong methods on pages and route handlers answer 4xx", async ({ request }) => {
  const failures: string[] = [];
  const attempts: [string, string][] = [
    ["POST", "/api/session"],
    ["PUT", "/api/session"],
    ["DELETE", "/api/search/suggest"],
    ["GET", "/api/revalidate"],
    ["PUT", "/api/revalidate"],
    ["DELETE", "/cart"],
    ["PUT", "/products/classic-fleece-hoodie"],
  ];
  for (const [method, url] of attempts) {
    const status = await statusOf(request, url, { method });
    if (status >= 500 || status < 400) failures.push(`${status} ${method} ${url}`);
  }
  expect(failures).toEqual([]);
});

test("the revalidation webhook refuses hostile bodies with a 4xx", async ({ request }) => {
  const bodies = [
    "",
    "null",
    "[]",
    '{"tags":"catalog"}',
    '{"tags":[1,2]}',
    `{"tag":"${"x".repeat(10_000)}"}`,
    "{",
    LONG,
  ];
  for (const body of bodies) {
    const response = await request.post("/api/revalidate", {
      headers: { "content-type": "application/json", authorization: "Bearer wrong" },
      data: body,
      failOnStatusCode: false,
    });
    expect(response.status(), body.slice(0, 40)).toBeGreaterThanOrEqual(400);
    expect(response.status(), body.slice(0, 40)).toBeLessThan(500);
  }
});

/** The hidden fields of the first form on a page that carries `field` (a server action's form, as the HTML has it). */
function formFields(html: string, field: string): Record<string, string> {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(`name="${field}"`)) continue;
    const fields: Record<string, string> = {};
    for (const input of form.match(/<input[^>]*>/g) ?? []) {
      const name = /name="([^"]*)"/.exec(input)?.[1];
      const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
      if (name) fields[decode(name)] = decode(value);
    }
    return fields;
  }
  throw new Error(`no form with a ${field} field`);
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Quantities on the cart page, as the HTML shows them. */
async function cartQuantities(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get("/cart")).text();
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return [...main.matchAll(/data-testid="cart-line-quantity"[^>]*>(\d+)</g)].map((match) => match[1]!);
}

test("cart forms posted with hostile fields change nothing and answer with the cart page", async ({
  request,
  baseURL,
}) => {
  const product = "/products/petrichor-soy-candle";
  const fields = formFields(await (await request.get(product)).text(), "product_id");
  const post = (overrides: Record<string, string | undefined>) => {
    const multipart: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...fields, ...overrides }))
      if (value !== undefined) multipart[name] = value;
    return request.post(product, {
      multipart,
      headers: { origin: baseURL! },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  };

  // A real add first, so there is a cart to keep unchanged.
  expect((await post({ quantity: "1" })).status()).toBe(303);
  const before = await cartQuantities(request);
  expect(before).toEqual(["1"]);

  const hostile: Record<string, string | undefined>[] = [
    { quantity: "-1" },
    { quantity: "0" },
    { quantity: "1.5" },
    { quantity: "99999999999" },
    { quantity: LONG },
    { quantity: "😀" },
    { product_id: undefined },
    { product_id: "" },
    { product_id: "no-such-product" },
    { product_id: LONG },
    { variant_id: "no-such-variant" },
    { variant_id: LONG },
    { product_id: "<script>alert(1)</script>" },
  ];
  for (const overrides of hostile) {
    const response = await post(overrides);
    const label = JSON.stringify(overrides).slice(0, 80);
    expect(response.status(), label).toBe(303);
    expect(response.headers().location, label).toMatch(/\/cart$/);
  }
  expect(await cartQuantities(request)).toEqual(before);

  // An action id that does not exist is refused by Next.js itself.
  const bogus = Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name.startsWith("$ACTION_ID_") ? "$ACTION_ID_0000" : name, value]),
  );
  expect(Object.keys(bogus)).toContain("$ACTION_ID_0000");
  const refused = await request.post(product, {
    multipart: bogus,
    headers: { origin: baseURL! },
    failOnStatusCode: false,
  });
  expect(refused.status()).toBeLessThan(500);
  expect(await cartQuantities(request)).toEqual(before);
});
