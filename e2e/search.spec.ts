import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { waitForHydration } from "./support/cart";
import { holdNavigations, shownOpacity } from "./support/navigation";
import { fontSizePx, NO_ZOOM_FONT_PX } from "./support/pages";

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

async function attachScreenshots(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await testInfo.attach(`${name}-${size}`, { body: await page.screenshot({ fullPage }), contentType: "image/png" });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations).toEqual([]);
}

// Visible ones only: Next.js keeps the pages you came from in the DOM, hidden, to restore them on "back".
const cards = (page: Page) => page.getByTestId("product-card").filter({ visible: true });
const cardNames = (page: Page) => cards(page).getByRole("heading").allTextContents();
const resultCount = (page: Page) => page.getByTestId("result-count").filter({ visible: true });
const sortSelect = (page: Page) => page.getByLabel("Sort by").filter({ visible: true });
const appliedFilters = (page: Page) => page.getByTestId("applied-filters").filter({ visible: true });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search products" });
const facetPanel = (page: Page) => page.getByTestId("filters").filter({ visible: true });

/** Prices on the cards (the sale price where there is one), in rupees. */
async function cardPrices(page: Page): Promise<number[]> {
  return cards(page).evaluateAll((articles) =>
    articles.map((article) => {
      const label = [...article.querySelectorAll(".sr-only")].find((node) => /price:$/i.test(node.textContent ?? ""));
      const price = label?.nextElementSibling?.textContent ?? "";
      return Number(price.replace(/[^\d.]/g, ""));
    }),
  );
}

/** Picks a sort order once the select is hydrated (before that it needs its submit button). */
async function sortBy(page: Page, label: string) {
  await sortSelect(page).selectOption({ label });
}

/**
 * Types into the header search once React has hydrated it: keystrokes that land before hydration are
 * cleared and typed again until the suggestions open.
 */
async function typeInSearch(page: Page, text: string): Promise<Locator> {
  const input = searchBox(page);
  await expect(async () => {
    await input.focus();
    await input.fill("");
    await input.pressSequentially(text, { delay: 20 });
    await expect(input).toHaveAttribute("aria-expanded", "true", { timeout: 1_500 });
  }).toPass();
  return input;
}

test.describe("search page", () => {
  test("search, pick a facet, sort, and go back through each step", async ({ page }) => {
    await page.goto("/");
    const input = await typeInSearch(page, "tee");
    await expect(page.getByRole("option").first()).toBeVisible();
    // Enter with no active option searches.
    await input.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tee$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“tee”");
    await expect(resultCount(page)).toHaveText(/^7 results for “tee”$/);
    await expect(cards(page)).toHaveCount(7);
    const allTees = await cardNames(page);
    // One card per product, although the API returns one record per variant.
    expect(new Set(allTees).size).toBe(allTees.length);
    await expect(searchBox(page)).toHaveValue("tee");

    await facetPanel(page)
      .getByRole("link", { name: /^Indigo\b/ })
      .click();
    await expect(page).toHaveURL(/\/search\?q=tee&color=Indigo$/);
    await expect(resultCount(page)).toHaveText(/^2 results for “tee”$/);
    const indigo = await cardNames(page);
    expect(indigo).toEqual(["Everyday Organic Cotton Tee", "Bagru Block Print Tee"]);
    await expect(appliedFilters(page).getByRole("link", { name: /Remove filter Colour: Indigo/ })).toBeVisible();

    await sortBy(page, "Price: high to low");
    await expect(page).toHaveURL(/\/search\?q=tee&color=Indigo&sort=price-desc$/);
    await expect.poll(() => cardNames(page)).toEqual([...indigo].reverse());

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=tee&color=Indigo$/);
    await expect.poll(() => cardNames(page)).toEqual(indigo);
    await expect(sortSelect(page)).toHaveValue("relevance");

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=tee$/);
    await expect(resultCount(page)).toHaveText(/^7 results for “tee”$/);
    expect(await cardNames(page)).toEqual(allTees);
  });

  test("all products: in-stock facet, sort, page 2, and back", async ({ page }, testInfo) => {
    const response = await page.goto("/search");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All products");
    await expect(resultCount(page)).toHaveText(/^34 products$/);
    await expect(cards(page)).toHaveCount(24);

    await facetPanel(page)
      .getByRole("link", { name: /In stock only/ })
      .click();
    await expect(page).toHaveURL(/\/search\?instock=1$/);
    await expect(resultCount(page)).toHaveText(/^28 products$/);
    await expect(page.locator("[data-testid=product-card]", { hasText: "Out of stock" })).toHaveCount(0);

    await sortBy(page, "Price: low to high");
    await expect(page).toHaveURL(/\/search\?instock=1&sort=price-asc$/);
    await expect.poll(async () => (await cardPrices(page))[0]).toBe(349);
    const firstPage = await cardNames(page);
    const firstPrices = await cardPrices(page);
    expect(firstPrices).toEqual([...firstPrices].sort((a, b) => a - b));
    await attachScreenshots(page, testInfo, "search-results");

    const pagination = page.getByRole("navigation", { name: "Pagination" }).filter({ visible: true });
    await pagination.getByRole("link", { name: "Page 2" }).filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/search\?instock=1&sort=price-asc&page=2$/);
    await expect(cards(page)).toHaveCount(4);
    const secondPage = await cardNames(page);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    expect((await cardPrices(page))[0]).toBeGreaterThanOrEqual(firstPrices.at(-1)!);
    await expect(pagination.locator('[aria-current="page"]').filter({ visible: true })).toHaveText("Page 2");

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?instock=1&sort=price-asc$/);
    await expect.poll(() => cardNames(page)).toEqual(firstPage);
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/search$/);
    await expect(resultCount(page)).toHaveText(/^34 products$/);
  });

  test("a tapped filter shows its new state at once, and the results fade until the filtered ones arrive", async ({
    page,
  }) => {
    await page.goto("/search?q=tee");
    await expect(cards(page)).toHaveCount(7);
    const tShirts = facetPanel(page).getByRole("link", { name: /^T-shirts\b/ });
    const tick = tShirts.locator("svg");
    await waitForHydration(tShirts);
    await expect(tick).toBeHidden();
    const navigation = await holdNavigations(page, /^\/search$/);

    await tShirts.click();
    // The box is ticked while the server renders the filtered results; the old results fade meanwhile.
    await expect(tick).toBeVisible();
    await expect.poll(() => shownOpacity(cards(page).first())).toBeLessThan(0.75);
    await expect(resultCount(page)).toHaveText(/^7 results for “tee”$/);
    expect(navigation.held()).toBe(1);

    navigation.release();
    await expect(resultCount(page)).toHaveText(/^5 results for “tee”$/);
    await expect(page).toHaveURL(/\/search\?q=tee&category=T-shirts$/);
    await expect(
      facetPanel(page)
        .getByRole("link", { name: /^Remove filter: T-shirts\b/ })
        .locator("svg"),
    ).toBeVisible();
    await expect.poll(() => shownOpacity(cards(page).first())).toBe(1);
  });

  test("the price filter narrows the results and Clear all removes every filter", async ({ page }) => {
    await page.goto("/search?q=hoodie");
    await expect(resultCount(page)).toHaveText(/results for “hoodie”$/);
    const priceForm = facetPanel(page).locator("form");
    await priceForm.getByLabel("Minimum price").fill("2000");
    await priceForm.getByLabel("Maximum price").fill("2600");
    await priceForm.getByRole("button", { name: /Go/ }).click();
    await expect(page).toHaveURL(/\/search\?q=hoodie&min=2000&max=2600$/);
    for (const price of await cardPrices(page)) {
      expect(price).toBeGreaterThanOrEqual(2000);
      expect(price).toBeLessThanOrEqual(2600);
    }
    await appliedFilters(page).getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/search\?q=hoodie$/);
  });

  test("nonsense parameters give a sensible page, never an error", async ({ page }) => {
    const nonsense = await page.goto("/search?page=-1&sort=bogus&min=abc&max=-5&instock=maybe&color=");
    expect(nonsense?.status()).toBe(200);
    await expect(resultCount(page)).toHaveText(/^34 products$/);
    await expect(cards(page)).toHaveCount(24);
    await expect(sortSelect(page)).toHaveValue("relevance");

    const pastTheEnd = await page.goto("/search?q=tee&page=99");
    expect(pastTheEnd?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "There’s no page 99" })).toBeVisible();
    await page.getByRole("link", { name: "Go to page 1" }).click();
    await expect(page).toHaveURL(/\/search\?q=tee$/);
    await expect(cards(page)).toHaveCount(7);

    // A filter the API refuses (far too long) is explained, not an error page.
    const huge = Array.from({ length: 20 }, (_, index) => `${"x".repeat(95)}${index}`);
    const params = new URLSearchParams([
      ["q", "tee"],
      ...["color", "size", "category"].flatMap((facet) => huge.map((value): [string, string] => [facet, value])),
    ]);
    const refused = await page.goto(`/search?${params}`);
    expect(refused?.status()).toBe(200);
    await expect(page.getByTestId("invalid-search")).toBeVisible();
    await page.getByRole("link", { name: "Search for “tee”" }).click();
    await expect(page).toHaveURL(/\/search\?q=tee$/);
    await expect(cards(page)).toHaveCount(7);
  });

  test("an empty result explains itself and lists categories", async ({ page }, testInfo) => {
    const response = await page.goto("/search?q=xyzzy");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "No products match “xyzzy”" })).toBeVisible();
    const categories = page.getByRole("region", { name: "Browse by category" });
    await expect(categories.getByRole("link", { name: "Clothing" })).toHaveAttribute("href", "/categories/clothing");
    await expect(categories.getByRole("link", { name: "T-shirts" })).toHaveAttribute("href", "/categories/t-shirts");
    await expect(cards(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await attachScreenshots(page, testInfo, "search-empty");

    // Filters that exclude everything say so and offer to clear them.
    await page.goto("/search?q=candle&size=XXL");
    await expect(page.getByRole("heading", { name: "No products match “candle” with these filters" })).toBeVisible();
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/search\?q=candle$/);
    await expect(cards(page).first()).toBeVisible();
  });

  test("search results pass axe, with and without filters", async ({ page }, testInfo) => {
    await page.goto("/search?q=tee");
    await expect(cards(page)).toHaveCount(7);
    await expectNoAxeViolations(page);
    await page.goto("/search?color=Black&size=M&instock=1&min=500");
    await expect(appliedFilters(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await facetPanel(page).locator("> summary").click();
    await expect(facetPanel(page)).toHaveAttribute("open", "");
    await expectNoAxeViolations(page);
    await attachScreenshots(page, testInfo, "search-filters-open");
  });

  test("metadata: title, canonical, and noindex for refined URLs", async ({ page }) => {
    await page.goto("/search?q=tee");
    await expect(page).toHaveTitle(/^Search results for “tee”/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\?q=tee$/);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

    await page.goto("/search?q=tee&color=Black&sort=name&page=1");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\?q=tee$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");

    await page.goto("/search");
    await expect(page).toHaveTitle(/^All products/);
  });
});

test.describe("header typeahead", () => {
  test("works by keyboard alone: arrows, Enter on a product, Escape", async ({ page }, testInfo) => {
    await page.goto("/");
    const input = await typeInSearch(page, "tee");
    const listbox = page.getByRole("listbox", { name: "Product suggestions" });
    await expect(listbox).toBeVisible();
    const options = listbox.getByRole("option");
    await expect(options.first()).toContainText("Everyday Organic Cotton Tee");
    await expect(options.last()).toHaveText(/See all results for “tee”/);
    expect(await options.count()).toBeLessThanOrEqual(7);
    await expect(input).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);

    await expectNoAxeViolations(page);
    await attachScreenshots(page, testInfo, "typeahead-open", false);

    await input.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
    await input.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options.first()).toHaveAttribute("aria-selected", "false");
    await input.press("ArrowUp");
    await input.press("ArrowUp");
    // Up from the first option wraps to the last one: "See all results".
    await expect(options.last()).toHaveAttribute("aria-selected", "true");
    await input.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");

    await input.press("Enter");
    await expect(page).toHaveURL(/\/products\/everyday-organic-cotton-tee$/);

    // Escape closes the popup; a second Escape clears the box.
    const again = await typeInSearch(page, "hoodie");
    await expect(listbox.getByRole("option").first()).toContainText(/Hoodie/);
    await again.press("Escape");
    await expect(again).toHaveAttribute("aria-expanded", "false");
    await expect(listbox).toBeHidden();
    await expect(again).toHaveValue("hoodie");
    await again.press("Escape");
    await expect(again).toHaveValue("");
  });

  test("the last option and Enter without an active option search for the words", async ({ page }) => {
    await page.goto("/");
    const input = await typeInSearch(page, "linen");
    const options = page.getByRole("listbox", { name: "Product suggestions" }).getByRole("option");
    await expect(options.first()).toContainText("Linen-Blend Henley");
    await input.press("ArrowUp");
    await expect(options.last()).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=linen$/);
    await expect(searchBox(page)).toHaveValue("linen");
    await expect(cards(page).first()).toBeVisible();
  });

  test("words typed while the suggestions' code loads are kept, in the same focused box", async ({ page }) => {
    // Slow the suggestions' code down, so the first keys land before it has arrived.
    let held = false;
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      if (held) await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    held = true;
    const input = searchBox(page);
    await expect(input).not.toHaveAttribute("aria-controls");
    await input.click();
    await page.evaluate(() => {
      document.activeElement?.setAttribute("data-first-focus", "");
    });
    await page.keyboard.type("hoodie");
    await expect(page.getByRole("listbox", { name: "Product suggestions" }).getByRole("option").first()).toContainText(
      /Hoodie/,
    );
    await expect(input).toHaveValue("hoodie");
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute("data-first-focus", "");
    await expect(input).toHaveAttribute("aria-expanded", "true");

    await page.getByRole("button", { name: "Clear search" }).click();
    await expect(input).toHaveValue("");
    await expect(input).toBeFocused();
  });

  test("a click outside closes the suggestions", async ({ page }) => {
    await page.goto("/");
    const input = await typeInSearch(page, "mug");
    await expect(page.getByRole("listbox", { name: "Product suggestions" })).toBeVisible();
    await page.getByRole("heading", { level: 1 }).click();
    await expect(input).toHaveAttribute("aria-expanded", "false");
  });

  test("the suggestion endpoint returns up to six products", async ({ request }) => {
    const response = await request.get("/api/search/suggest?q=tee");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { suggestions: Record<string, unknown>[] };
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(6);
    expect(Object.keys(body.suggestions[0]!).sort()).toEqual(["currency", "image", "name", "price", "slug"]);
    const slugs = body.suggestions.map((suggestion) => suggestion.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(((await (await request.get("/api/search/suggest?q=")).json()) as typeof body).suggestions).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sort menu is a form: it keeps the words and filters and starts over on page 1", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/search?instock=1&page=2");
    expect(await fontSizePx(sortSelect(page))).toBeGreaterThanOrEqual(NO_ZOOM_FONT_PX);
    await sortSelect(page).selectOption({ label: "Price: low to high" });
    await page.getByRole("button", { name: "Sort", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?instock=1&sort=price-asc$/);
    await expect(sortSelect(page)).toHaveValue("price-asc");
    const prices = await cardPrices(page);
    expect(prices[0]).toBe(349);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  test("the header search is a plain GET form", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("tee");
    await searchBox(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=tee$/);
  });
});
