import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formatPrice } from "../app/_lib/format-price";
import { calls, resetCalls } from "./support/demo-api";

/*
 * The demo catalog's Classic Fleece Hoodie: 4 colours × 5 sizes, XXL costs ₹2,599 (others ₹2,499), Forest
 * Green has no S, Navy M and Heather Grey XL are sold out.
 */
const HOODIE = "/products/classic-fleece-hoodie";

interface JsonLdNode {
  "@type"?: string;
  [key: string]: unknown;
}

async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text): JsonLdNode[] => {
    const parsed = JSON.parse(text) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

/** An element by test id that the shopper can see. */
function shown(page: Page, testId: string) {
  return page.getByTestId(testId).filter({ visible: true });
}

function option(page: Page, key: string, value: string) {
  return shown(page, `option-${key}`).locator(`[data-value="${value}"]`);
}

test("choosing options updates the URL, price, main image and availability without a server round trip", async ({
  page,
}) => {
  await page.goto(HOODIE);
  await expect(shown(page, "product-price")).toHaveText("From ₹2,499");
  await expect(shown(page, "add-to-cart-note")).toHaveText("Choose a colour and size");
  await expect(shown(page, "add-to-cart")).toHaveAttribute("data-buyable", "false");
  await expect(shown(page, "stock-status")).toHaveCount(0);

  const pageRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === HOODIE) pageRequests.push(request.url());
  });

  await option(page, "color", "navy").click();
  await expect(page).toHaveURL(`${HOODIE}?color=navy`);
  await expect(shown(page, "main-image")).toHaveAttribute("src", /classic-fleece-hoodie-navy-1/);
  await expect(shown(page, "add-to-cart-note")).toHaveText("Choose a size");

  await option(page, "size", "xxl").click();
  await expect(page).toHaveURL(`${HOODIE}?color=navy&size=xxl`);
  await expect(shown(page, "product-price")).toHaveText("₹2,599");
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "in_stock");
  await expect(shown(page, "stock-status")).toContainText("In stock");
  const button = shown(page, "add-to-cart");
  await expect(button).toHaveAttribute("data-buyable", "true");
  await expect(button).toHaveAttribute("data-variant-id", /.+/);
  // A complete, in-stock choice can be added: the button is a real, enabled submit button.
  await expect(button).not.toHaveAttribute("aria-disabled");
  await expect(button).toBeEnabled();

  await option(page, "color", "forest-green").click();
  await expect(page).toHaveURL(`${HOODIE}?color=forest-green&size=xxl`);
  await expect(shown(page, "main-image")).toHaveAttribute("src", /classic-fleece-hoodie-forest-green-1/);
  await expect(shown(page, "product-price")).toHaveText("₹2,599");

  await option(page, "size", "m").click();
  await expect(page).toHaveURL(`${HOODIE}?color=forest-green&size=m`);
  await expect(shown(page, "product-price")).toHaveText("₹2,499");
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "in_stock");

  // Mustard has no XXL and Forest Green no S: with Forest Green chosen, S cannot be chosen at all.
  await expect(option(page, "size", "s")).toHaveAttribute("aria-disabled", "true");
  await option(page, "size", "s").click({ force: true });
  await expect(page).toHaveURL(`${HOODIE}?color=forest-green&size=m`);

  // The options live in the URL of this very page: no navigation and no server render happened.
  expect(pageRequests).toEqual([]);
});

test("a deep link with options opens that variant", async ({ page }) => {
  await page.goto(`${HOODIE}?color=navy&size=xxl`);
  await expect(option(page, "color", "navy")).toHaveAttribute("aria-current", "true");
  await expect(option(page, "size", "xxl")).toHaveAttribute("aria-current", "true");
  await expect(shown(page, "product-price")).toHaveText("₹2,599");
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "in_stock");
  await expect(shown(page, "main-image")).toHaveAttribute("src", /classic-fleece-hoodie-navy-1/);
  await expect(shown(page, "add-to-cart")).toHaveAttribute("data-buyable", "true");

  // Unknown values are ignored rather than an error; the page still renders.
  const response = await page.goto(`${HOODIE}?color=plaid&size=xxl`);
  expect(response?.status()).toBe(200);
  await expect(option(page, "size", "xxl")).toHaveAttribute("aria-current", "true");
  await expect(shown(page, "add-to-cart-note")).toHaveText("Choose a colour");
});

test("the options in the URL come back with back and forward, after leaving the page in the browser", async ({
  page,
}) => {
  await page.goto(`${HOODIE}?color=navy&size=xxl`);
  await expect(option(page, "color", "navy")).toHaveAttribute("aria-current", "true");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goBack();
  await expect(page).toHaveURL(/color=navy&size=xxl$/);
  await expect(option(page, "color", "navy")).toHaveAttribute("aria-current", "true");
  await expect(option(page, "size", "xxl")).toHaveAttribute("aria-current", "true");
  await expect(shown(page, "product-price")).toHaveText("₹2,599");
  await expect(shown(page, "main-image")).toHaveAttribute("src", /classic-fleece-hoodie-navy-1/);

  await page.goForward();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(option(page, "size", "xxl")).toHaveAttribute("aria-current", "true");
});

test("values that cannot be bought with the other choices are disabled, and say why", async ({ page }) => {
  await page.goto(`${HOODIE}?color=navy`);
  const soldOut = option(page, "size", "m");
  await expect(soldOut).toHaveAttribute("aria-disabled", "true");
  await expect(soldOut).toContainText("(sold out in Navy)");
  await expect(soldOut).not.toHaveAttribute("href");
  await expect(option(page, "size", "s")).not.toHaveAttribute("aria-disabled");

  await page.goto(`${HOODIE}?color=forest-green`);
  await expect(option(page, "size", "s")).toHaveAttribute("aria-disabled", "true");
  await expect(option(page, "size", "s")).toContainText("(not available in Forest Green)");

  // Deep-linked to the sold-out combination: shown as such, and nothing to buy.
  await page.goto(`${HOODIE}?color=navy&size=m`);
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "out_of_stock");
  await expect(shown(page, "stock-status")).toContainText("Out of stock");
  await expect(shown(page, "add-to-cart")).toHaveAttribute("data-buyable", "false");
  await expect(shown(page, "add-to-cart-note")).toHaveText("Sold out in Navy / M. Choose another colour or size.");
  await expect(option(page, "color", "navy")).toHaveAttribute("aria-disabled", "true");

  // Backorder counts as buyable: it ships later.
  await page.goto("/products/linen-blend-henley?color=oat&size=xxl");
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "backorder");
  await expect(shown(page, "stock-status")).toContainText("Ships later");
  await expect(shown(page, "add-to-cart")).toHaveAttribute("data-buyable", "true");
});

test("the gallery moves between images with thumbnails and arrow keys", async ({ page }) => {
  await page.goto("/products/heavyweight-boxy-tee");
  const thumbnails = page.getByRole("group", { name: "Choose an image" }).getByRole("button");
  await expect(thumbnails).toHaveCount(6);
  await thumbnails.nth(2).click();
  await expect(thumbnails.nth(2)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("ArrowRight");
  await expect(thumbnails.nth(3)).toHaveAttribute("aria-current", "true");
  await expect(thumbnails.nth(3)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(thumbnails.nth(0)).toHaveAttribute("aria-current", "true");
});

test("an unknown product answers 404 with a friendly page", async ({ page }) => {
  const response = await page.goto("/products/no-such-product-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This product isn’t in the store");
  await expect(page.getByRole("link", { name: "Browse all products" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("structured data describes the product, its offer and its breadcrumbs", async ({ page }) => {
  await page.goto("/products/heavyweight-boxy-tee");
  const nodes = await jsonLd(page);
  const product = nodes.find((node) => node["@type"] === "Product");
  expect(product).toBeTruthy();
  expect(product!.name).toBe("Heavyweight Boxy Tee");
  expect(product!.url).toMatch(/\/products\/heavyweight-boxy-tee$/);
  const offer = product!.offers as { "@type": string; price: number; priceCurrency: string; availability: string };
  expect(offer["@type"]).toBe("Offer");
  expect(offer.priceCurrency).toBe("INR");
  expect(offer.availability).toBe("https://schema.org/InStock");
  await expect(shown(page, "product-price")).toHaveText(formatPrice(offer.price, offer.priceCurrency));
  expect(product!.aggregateRating).toMatchObject({ "@type": "AggregateRating", reviewCount: 58 });

  const breadcrumbs = nodes.find((node) => node["@type"] === "BreadcrumbList");
  const items = breadcrumbs!.itemListElement as { name: string; position: number }[];
  expect(items.map((item) => item.name)).toEqual(["Home", "Clothing", "T-shirts", "Heavyweight Boxy Tee"]);

  // Options at different prices: a price range, whose low end is the "From" price shown.
  await page.goto(HOODIE);
  const hoodie = (await jsonLd(page)).find((node) => node["@type"] === "Product")!;
  const range = hoodie.offers as { "@type": string; lowPrice: number; highPrice: number; priceCurrency: string };
  expect(range).toMatchObject({ "@type": "AggregateOffer", lowPrice: 2499, highPrice: 2599 });
  await expect(shown(page, "product-price")).toHaveText(`From ${formatPrice(range.lowPrice, "INR")}`);

  // SEO basics: canonical URL without the query, Open Graph image.
  await page.goto(`${HOODIE}?color=navy&size=m`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/products\/classic-fleece-hoodie$/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /classic-fleece-hoodie/);
  await expect(page).toHaveTitle(/^Classic Fleece Hoodie/);
});

test("the product page has no accessibility violations, on phones and desktops", async ({ page }, testInfo) => {
  for (const viewport of [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${HOODIE}?color=navy&size=l`);
    await expect(shown(page, "stock-status")).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations, viewport.name).toEqual([]);
    const path = testInfo.outputPath(`product-${viewport.name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`product-${viewport.name}`, { path, contentType: "image/png" });
  }

  // A product without options, out of stock.
  await page.goto("/products/enamel-camp-mug");
  await expect(shown(page, "stock-status")).toHaveAttribute("data-state", "out_of_stock");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a second visit to a product page makes no catalog call", async ({ page }) => {
  await page.goto(HOODIE);
  await expect(shown(page, "product-price")).toBeVisible();

  await resetCalls();
  const response = await page.goto(HOODIE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Classic Fleece Hoodie");
  const catalogCalls = Object.keys(await calls()).filter((operation) => operation.startsWith("GET /catalog"));
  expect(catalogCalls).toEqual([]);
});

test("the gallery's arrows, End and a swipe move the marks along, and another colour starts at its first image", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/products/heavyweight-boxy-tee");
  const gallery = page.getByRole("region", { name: /: images$/ });
  const thumbnails = page.getByRole("group", { name: "Choose an image" });
  const current = thumbnails.locator('[aria-current="true"]');
  const previous = page.getByRole("button", { name: "Previous image" });
  const next = page.getByRole("button", { name: "Next image" });
  const stripIndex = () => gallery.evaluate((strip) => Math.round(strip.scrollLeft / strip.clientWidth));
  await expect(thumbnails.getByRole("button")).toHaveCount(6);
  await expect(previous).toHaveAttribute("aria-disabled", "true");

  // The first click also loads the gallery's controls: it still counts.
  await next.click();
  await expect(current).toHaveAttribute("aria-label", "Show image 2 of 6");
  await expect.poll(stripIndex).toBe(1);
  await expect(previous).toHaveAttribute("aria-disabled", "false");
  await next.click();
  await expect(current).toHaveAttribute("aria-label", "Show image 3 of 6");

  await gallery.focus();
  await page.keyboard.press("End");
  await expect(current).toHaveAttribute("aria-label", "Show image 6 of 6");
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect.poll(stripIndex).toBe(5);

  // A swipe (here a scroll of the strip) moves the marks along.
  await gallery.evaluate((strip) => strip.scrollTo({ left: strip.clientWidth, behavior: "instant" }));
  await expect(current).toHaveAttribute("aria-label", "Show image 2 of 6");

  // Another colour is another set of images, shown from its first.
  await page.goto(`${HOODIE}?color=navy`);
  await thumbnails.getByRole("button").nth(1).click();
  await expect(current).toHaveAttribute("aria-label", /^Show image 2 of/);
  await option(page, "color", "forest-green").click();
  await expect(shown(page, "main-image")).toHaveAttribute("src", /classic-fleece-hoodie-forest-green-1/);
  await expect(current).toHaveAttribute("aria-label", /^Show image 1 of/);
  await expect.poll(() => gallery.evaluate((strip) => strip.scrollLeft)).toBe(0);
});
