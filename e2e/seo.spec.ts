import { expect, test, type Page } from "@playwright/test";
import { calls, resetCalls } from "./support/demo-api";
import { DEMO_API_ORIGIN, E2E_REVALIDATE_SECRET } from "./support/ports";

const API = `${DEMO_API_ORIGIN}/api/v1/demo/storefront`;
const API_HEADERS = { "X-Api-Key": "demo-public-api-key" };

interface ApiCategory {
  slug: string;
  child_categories?: ApiCategory[] | null;
}

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: API_HEADERS });
  expect(response.ok, path).toBe(true);
  return ((await response.json()) as { content: T }).content;
}

function flatten(categories: ApiCategory[]): string[] {
  return categories.flatMap((category) => [category.slug, ...flatten(category.child_categories ?? [])]);
}

/** Parses XML in the browser; throws on a document that is not well-formed. */
async function parseXml(page: Page, xml: string): Promise<{ root: string; locs: string[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror");
    if (error) throw new Error(`Invalid XML: ${error.textContent}`);
    return {
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      locs: [...doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")].map(
        (loc) => loc.textContent ?? "",
      ),
    };
  }, xml);
}

/** JSON-LD objects of the page (with @graph unfolded). */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    return Array.isArray(data["@graph"]) ? (data["@graph"] as Record<string, unknown>[]) : [data];
  });
}

test("/sitemap.xml is valid XML listing home, search, every category and every product", async ({ page, baseURL }) => {
  const response = await page.request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const sitemap = await parseXml(page, await response.text());

  let locs = sitemap.locs;
  if (sitemap.root.endsWith(" sitemapindex")) {
    // A large catalog is split: follow the index to its files.
    locs = [];
    for (const file of sitemap.locs) {
      const part = await page.request.get(file);
      expect(part.status(), file).toBe(200);
      locs.push(...(await parseXml(page, await part.text())).locs);
    }
  } else {
    expect(sitemap.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9 urlset");
  }

  const { categories } = await apiGet<{ categories: ApiCategory[] }>("/catalog/categories?nested_level=5");
  const { products, pagination } = await apiGet<{
    products: { slug: string }[];
    pagination: { total_records: number };
  }>("/catalog/products?limit=100");
  expect(products).toHaveLength(pagination.total_records);
  const expected = [
    `${baseURL}/`,
    `${baseURL}/search`,
    ...flatten(categories).map((slug) => `${baseURL}/categories/${slug}`),
    ...products.map((product) => `${baseURL}/products/${product.slug}`),
  ];
  expect([...locs].sort()).toEqual([...expected].sort());
  expect(new Set(locs).size).toBe(locs.length);

  // The split files exist too (one, for the demo catalog), and nothing past them.
  expect((await page.request.get("/sitemap/0.xml")).status()).toBe(200);
  expect((await page.request.get("/sitemap/99.xml")).status()).toBe(404);
});

test("/robots.txt allows crawling, keeps the API, cart and checkout out, and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const robots = await response.text();
  expect(robots).toMatch(/^User-Agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  for (const path of ["/api/", "/cart", "/checkout"]) expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the home page describes the store and its search box in JSON-LD", async ({ page, baseURL }) => {
  await page.goto("/");
  const items = await jsonLd(page);
  const organization = items.find((item) => item["@type"] === "Organization");
  expect(organization).toMatchObject({ name: "Aurora Goods", url: `${baseURL}/` });
  expect(organization?.logo).toMatch(/^https?:\/\/.+/);
  const website = items.find((item) => item["@type"] === "WebSite");
  expect(website).toMatchObject({
    name: "Aurora Goods",
    url: `${baseURL}/`,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${baseURL}/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  });
});

test("a category page has its title, canonical URL, Open Graph image and breadcrumb JSON-LD", async ({
  page,
  baseURL,
}) => {
  await page.goto("/categories/t-shirts");
  await expect(page).toHaveTitle("T-shirts · Aurora Goods");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/categories/t-shirts`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /organic cotton/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /^https?:\/\/.+/);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const breadcrumbs = (await jsonLd(page)).find((item) => item["@type"] === "BreadcrumbList");
  expect(breadcrumbs?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Home", item: `${baseURL}/` },
    { "@type": "ListItem", position: 2, name: "Clothing", item: `${baseURL}/categories/clothing` },
    { "@type": "ListItem", position: 3, name: "T-shirts", item: `${baseURL}/categories/t-shirts` },
  ]);

  // A sorted variant points at the same canonical URL and stays out of the index.
  const sorted = await page.goto("/categories/t-shirts?sort=price-desc");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/categories/t-shirts`);
  expect(sorted?.headers()["x-robots-tag"]).toBe("noindex");
});

test("a search page's description is in the document's head, where crawlers that run no script read it", async ({
  request,
}) => {
  // A crawler's user agent: Next.js renders pages for such crawlers in full before sending them.
  for (const userAgent of ["Mozilla/5.0 (compatible; Bingbot/2.0)", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0"]) {
    const html = await (await request.get("/search?q=tee", { headers: { "user-agent": userAgent } })).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head.match(/<meta name="description" content="[^"]*Aurora Goods[^"]*"/g), userAgent).toHaveLength(1);
    expect(html.match(/<meta name="description"/g), userAgent).toHaveLength(1);
  }
});

test.describe("POST /api/revalidate", () => {
  const body = { tag: "catalog" };

  test("refuses a missing or wrong secret", async ({ request }) => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: "Bearer wrong-secret" },
      { "x-revalidate-secret": "wrong-secret" },
      { Authorization: `Basic ${E2E_REVALIDATE_SECRET}` },
    ];
    for (const headers of attempts) {
      const response = await request.post("/api/revalidate", { headers, data: body });
      expect(response.status(), JSON.stringify(headers)).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(/secret/i);
    }
  });

  test("expires the tags and path it is given with the right secret", async ({ request }) => {
    const bearer = { Authorization: `Bearer ${E2E_REVALIDATE_SECRET}` };
    const response = await request.post("/api/revalidate", {
      headers: bearer,
      data: { tag: "catalog", tags: ["product:classic-fleece-hoodie", "category:t-shirts"], path: "/" },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      revalidated: [
        { tag: "catalog" },
        { tag: "product:classic-fleece-hoodie" },
        { tag: "category:t-shirts" },
        { path: "/" },
      ],
    });

    const viaHeader = await request.post("/api/revalidate", {
      headers: { "x-revalidate-secret": E2E_REVALIDATE_SECRET },
      data: { tags: ["categories"] },
    });
    expect(viaHeader.status()).toBe(200);

    // The store still renders after the expiry.
    expect((await request.get("/categories/t-shirts")).status()).toBe(200);
  });

  test("makes the next view of a product fetch it from the API again", async ({ request }) => {
    const productPage = "/products/classic-fleece-hoodie";
    // Earlier tests expire the whole catalog: wait until the page has been rendered afresh and is served from cache.
    await expect
      .poll(async () => (await request.get(productPage)).headers()["x-nextjs-cache"], { timeout: 15_000 })
      .toBe("HIT");
    await resetCalls();
    expect((await request.get(productPage)).status()).toBe(200);
    expect((await calls())["GET /catalog/products/{product_id}"]).toBeUndefined();

    const response = await request.post("/api/revalidate", {
      headers: { Authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
      data: { tag: "product:classic-fleece-hoodie" },
    });
    expect(response.status()).toBe(200);
    // Stale-while-revalidate: the next view is served at once and refetches the product behind it.
    expect((await request.get(productPage)).status()).toBe(200);
    await expect.poll(async () => (await calls())["GET /catalog/products/{product_id}"] ?? 0).toBeGreaterThan(0);
  });

  test("explains a malformed request", async ({ request }) => {
    const headers = { Authorization: `Bearer ${E2E_REVALIDATE_SECRET}` };
    for (const data of [{}, { tag: "everything" }, { tags: [42] }, { path: "https://example.com/" }]) {
      const response = await request.post("/api/revalidate", { headers, data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
    }
    const notJson = await request.post("/api/revalidate", {
      headers: { ...headers, "Content-Type": "application/json" },
      data: "{not json",
    });
    expect(notJson.status()).toBe(400);
    expect((await request.get("/api/revalidate")).status()).toBe(405);
  });
});
