import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { waitForHydration } from "./support/cart";
import { holdNavigations, shownOpacity } from "./support/navigation";
import { fontSizePx, NO_ZOOM_FONT_PX } from "./support/pages";
import { DEMO_API_ORIGIN } from "./support/ports";

const API = `${DEMO_API_ORIGIN}/api/v1/demo/storefront`;
const API_HEADERS = { "X-Api-Key": "demo-public-api-key" };

/** Product names of a category as the demo API orders them. */
/** The names the API lists on one page of a category, 8 to a page as the storefront shows them. */
async function apiProductNames(
  categorySlug: string,
  sortBy?: Record<string, "asc" | "desc">,
  page = 1,
): Promise<string[]> {
  const query = new URLSearchParams({ category_slug: categorySlug, limit: "8", page: String(page) });
  if (sortBy) query.set("sort_by", JSON.stringify(sortBy));
  const response = await fetch(`${API}/catalog/products?${query}`, { headers: API_HEADERS });
  const body = (await response.json()) as { content: { products: { name: string }[] } };
  return body.content.products.map((product) => product.name);
}

async function cardNames(page: Page): Promise<string[]> {
  return page.getByTestId("product-card").filter({ visible: true }).getByRole("heading").allTextContents();
}

/** The category's sort control. (Next.js may keep a page it replaced in the document, hidden, for a moment.) */
function sortSelect(page: Page): Locator {
  return page.getByLabel("Sort by").filter({ visible: true });
}

async function attachScreenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const [size, viewport] of Object.entries({
    phone: { width: 390, height: 844 },
    desktop: { width: 1440, height: 900 },
  })) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await testInfo.attach(`${name}-${size}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  }
}

/** Clicks until React has hydrated the control and it reacts (a click before hydration does nothing). */
async function openThemeMenu(page: Page) {
  const button = page.getByRole("button", { name: /^Theme:/ });
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
}

test("a shopper goes from the home page to a category and on to a product", async ({ page }, testInfo) => {
  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Shop by category" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "New arrivals" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "On sale" })).toBeVisible();
  // The sale grid holds only discounted products: every card there shows a crossed-out price.
  const saleCards = page.locator("#on-sale").getByTestId("product-card");
  expect(await saleCards.count()).toBeGreaterThan(0);
  for (const card of await saleCards.all()) await expect(card.locator("s")).toHaveCount(1);
  await attachScreenshots(page, testInfo, "home");

  await page
    .locator("#categories")
    .getByRole("link", { name: /Clothing/ })
    .click();
  await expect(page).toHaveURL(/\/categories\/clothing$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clothing" })).toBeVisible();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
  await expect(breadcrumb.getByText("Clothing")).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "T-shirts", exact: true }).first()).toBeVisible();
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing"));
  await attachScreenshots(page, testInfo, "category");

  const firstCard = page.getByTestId("product-card").first();
  const productName = (await firstCard.getByRole("heading").textContent())!.trim();
  await firstCard.getByRole("link", { name: productName }).click();
  await expect(page).toHaveURL(/\/products\/[a-z0-9-]+$/);
  const product = await page.request.get(page.url());
  expect(product.status()).toBe(200);
});

test("a subcategory shows its place in the store and its siblings", async ({ page }) => {
  await page.goto("/categories/t-shirts");
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("listitem")).toHaveText(["Home", "Clothing", "T-shirts"]);
  await expect(breadcrumb.getByRole("link", { name: "Clothing" })).toHaveAttribute("href", "/categories/clothing");
  const chips = page.getByRole("navigation", { name: "Clothing categories" });
  await expect(chips.getByRole("link", { name: "T-shirts" })).toHaveAttribute("aria-current", "page");
  await expect(chips.getByRole("link", { name: "All Clothing" })).toBeVisible();
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("t-shirts"));
});

test.describe("without JavaScript, on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the sort menu is a form: it starts the category over in the new order", async ({ page }) => {
    await page.goto("/categories/clothing?page=2");
    const sort = sortSelect(page);
    expect(await fontSizePx(sort)).toBeGreaterThanOrEqual(NO_ZOOM_FONT_PX);
    await sort.selectOption("price-asc");
    await page.getByRole("button", { name: "Sort", exact: true }).click();
    await expect(page).toHaveURL(/\/categories\/clothing\?sort=price-asc$/);
    await expect(sortSelect(page)).toHaveValue("price-asc");
    expect(await cardNames(page)).toEqual(await apiProductNames("clothing", { selling_price: "asc" }));
  });
});

test("sort and page live in the URL, and nonsense values fall back to the defaults", async ({ page }) => {
  await page.goto("/categories/clothing");
  const sort = sortSelect(page);
  await expect(sort).toHaveValue("newest");
  await expect(async () => {
    await sort.selectOption("price-asc");
    await expect(page).toHaveURL(/\/categories\/clothing\?sort=price-asc$/, { timeout: 2_000 });
  }).toPass();
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", { selling_price: "asc" }));

  await sort.selectOption("rating");
  await expect(page).toHaveURL(/\?sort=rating$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", { rating: "desc" }));

  // Back to the default order (the category's own URL) in the same tab, then on to page 2 and back.
  await sortSelect(page).selectOption("newest");
  await expect(page).toHaveURL(/\/categories\/clothing$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing"));
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/categories\/clothing\?page=2$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", undefined, 2));
  await page.goBack();
  await expect(page).toHaveURL(/\/categories\/clothing$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing"));

  // Page 2 of a sorted listing (clothing has 9 products, 8 to a page) continues the same order.
  const pageTwo = await page.goto("/categories/clothing?sort=price-desc&page=2");
  expect(pageTwo?.status()).toBe(200);
  expect(pageTwo?.headers()["x-robots-tag"]).toBe("noindex");
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", { selling_price: "desc" }, 2));
  await expect(sortSelect(page)).toHaveValue("price-desc");

  // Past the last page: a friendly empty page, not an error.
  const pastEnd = await page.goto("/categories/clothing?sort=price-desc&page=3");
  expect(pastEnd?.status()).toBe(200);
  await expect(page.getByText("There is no page 3").filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the first page" }).filter({ visible: true })).toHaveAttribute(
    "href",
    "/categories/clothing?sort=price-desc",
  );

  for (const query of [
    "?sort=cheapest&page=abc",
    "?page=-2",
    "?page=1.5&sort=",
    "?page=99999999999999999999",
    "?utm_source=newsletter",
  ]) {
    const response = await page.goto(`/categories/clothing${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(sortSelect(page)).toHaveValue("newest");
    await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing"));
  }
});

test("while the next page or a new order loads, the products fade and the tapped link pulses", async ({ page }) => {
  await page.goto("/categories/clothing");
  const firstPage = await apiProductNames("clothing");
  await expect.poll(() => cardNames(page)).toEqual(firstPage);
  // A locator finds its element anew on each use, so this is the first card of whichever page is shown.
  const firstCard = page.getByTestId("product-card").filter({ visible: true }).first();
  const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" });
  await waitForHydration(next);
  const navigation = await holdNavigations(page, /^\/categories\/clothing$/);

  await next.click();
  await expect.poll(() => shownOpacity(firstCard)).toBeLessThan(0.75);
  await expect.poll(() => next.evaluate((link) => getComputedStyle(link).animationName)).toBe("pulse");
  expect(await cardNames(page)).toEqual(firstPage);
  navigation.release();
  await expect(page).toHaveURL(/\/categories\/clothing\?page=2$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", undefined, 2));
  await expect.poll(() => shownOpacity(firstCard)).toBe(1);

  // The sort menu tracks its own navigation; the products fade the same way.
  const sortHeld = await holdNavigations(page, /^\/categories\/clothing$/);
  await waitForHydration(sortSelect(page));
  await sortSelect(page).selectOption("price-asc");
  await expect.poll(() => shownOpacity(firstCard)).toBeLessThan(0.75);
  sortHeld.release();
  await expect(page).toHaveURL(/\/categories\/clothing\?sort=price-asc$/);
  await expect.poll(() => cardNames(page)).toEqual(await apiProductNames("clothing", { selling_price: "asc" }));
  await expect.poll(() => shownOpacity(firstCard)).toBe(1);
});

test("a tapped link to a category shows a bar under the header until the category arrives", async ({ page }) => {
  const bar = page.locator("header .navigation-progress");
  const barShown = () => bar.evaluate((node) => getComputedStyle(node).opacity);

  // A phone: a category tile on the home page, then a category in the menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const tile = page.locator("#categories").getByRole("link", { name: /^Footwear/ });
  await waitForHydration(tile);
  expect(await barShown()).toBe("0");
  const footwear = await holdNavigations(page, /^\/categories\/footwear$/);
  await tile.click();
  await expect.poll(barShown).toBe("1");
  await expect(page).toHaveURL(/\/$/);
  footwear.release();
  await expect(page.getByRole("heading", { level: 1, name: "Footwear" })).toBeVisible();
  await expect.poll(barShown).toBe("0");

  const home = await holdNavigations(page, /^\/categories\/home$/);
  const menuButton = page.getByRole("button", { name: "Menu" });
  await waitForHydration(menuButton);
  await menuButton.click();
  await page.getByRole("navigation", { name: "Main" }).last().locator('a[href="/categories/home"]').click();
  await expect.poll(barShown).toBe("1");
  home.release();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expect.poll(barShown).toBe("0");

  // A desktop: the header's category links.
  await page.setViewportSize({ width: 1440, height: 900 });
  const clothing = await holdNavigations(page, /^\/categories\/clothing$/);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Clothing" })
    .filter({ visible: true })
    .click();
  await expect.poll(barShown).toBe("1");
  clothing.release();
  await expect(page.getByRole("heading", { level: 1, name: "Clothing" })).toBeVisible();
  await expect.poll(barShown).toBe("0");
});

test("an unknown category is a real 404", async ({ page }) => {
  for (const slug of ["no-such-category", "no-such-category"]) {
    const response = await page.goto(`/categories/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  }
});

test("the header lists the categories, on desktops and in the phone menu", async ({ page }) => {
  await page.goto("/categories/t-shirts");
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link")).toHaveText(["Clothing", "Footwear", "Home", "Accessories", "Shop all"]);
  // On a subcategory, its top-level category is marked as the current section.
  await expect(nav.getByRole("link", { name: "Clothing" })).toHaveAttribute("aria-current", "true");

  await page.setViewportSize({ width: 390, height: 844 });
  const menuButton = page.getByRole("button", { name: "Menu" });
  await expect(async () => {
    if ((await menuButton.getAttribute("aria-expanded")) !== "true") await menuButton.click();
    await expect(menuButton).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
  const menu = page.getByRole("navigation", { name: "Main" }).last();
  await expect(menu.getByRole("link", { name: "Footwear" })).toBeVisible();
  await menu.getByRole("link", { name: "Sneakers" }).click();
  await expect(page).toHaveURL(/\/categories\/sneakers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sneakers" })).toBeVisible();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
});

test("the theme follows the system, and a choice in the header applies at once and survives a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const canvas = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).not.toHaveAttribute("data-theme");
  expect(await canvas()).toBe("rgb(251, 248, 244)");

  await openThemeMenu(page);
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await canvas()).toBe("rgb(20, 17, 16)");
  await expect(page.getByRole("button", { name: "Theme: Dark" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("radio", { name: "Dark" })).toBeHidden();

  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await canvas()).toBe("rgb(20, 17, 16)");
  // The button names the choice after a reload too (CSS picks its face from data-theme).
  await expect(page.getByRole("button", { name: "Theme: Dark", exact: true })).toBeVisible();
  // Also on another page, straight from the first paint (the inline script, before hydration).
  await page.goto("/categories/home");
  await expect(html).toHaveAttribute("data-theme", "dark");

  // Light wins over a dark system; "System" hands control back to the operating system.
  await page.emulateMedia({ colorScheme: "dark" });
  await openThemeMenu(page);
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await page.getByRole("radio", { name: "Light" }).check();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await canvas()).toBe("rgb(251, 248, 244)");
  // Keyboard: arrows move between the options.
  await page.getByRole("radio", { name: "Light" }).focus();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  await expect(html).not.toHaveAttribute("data-theme");
  expect(await canvas()).toBe("rgb(20, 17, 16)");
  await page.reload();
  await expect(html).not.toHaveAttribute("data-theme");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`home and category pages have no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/", "/categories/clothing", "/categories/t-shirts?sort=price-asc"]) {
      await page.goto(path);
      await expect(page.getByTestId("product-card").first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
    }
  });
}

test("the store's name fits the header on a small phone, beside the account and cart buttons", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const name = page
    .getByRole("banner")
    .getByRole("link", { name: /, home$/ })
    .locator("span");
  await expect(name).toBeVisible();
  await expect(page.getByRole("banner").getByTestId("cart-link")).toBeVisible();
  // The name is drawn whole, not cut off with an ellipsis.
  expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await page.screenshot({ path: path.join(testInfo.project.outputDir, "screenshots", "header-phone-360.png") });
});
