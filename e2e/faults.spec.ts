import { expect, test } from "@playwright/test";
import { SESSION_COOKIE } from "../lib/session-cookie";
import { addFromProductPage, cartCount, lineNamed, openCartPage, pageLines, PETRICHOR } from "./support/cart";
import { clearFaults, injectFault } from "./support/demo-api";
import { sessionCookie } from "./support/session";

/*
 * The storefront under API faults injected into the demo API: failing answers, hanging calls and dropped
 * connections. It keeps working as well as it can, loses nothing, and recovers by itself once the API is back.
 */

test.afterEach(async () => {
  await clearFaults();
});

test("auth down: pages still load without a session, and the next visit after recovery gets one", async ({
  page,
  context,
}) => {
  await injectFault({ operation: "POST /auth/*", mode: "status", status: 503 });
  const response = await page.goto("/products/classic-fleece-hoodie");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Classic Fleece Hoodie" })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();

  await clearFaults();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Classic Fleece Hoodie" })).toBeVisible();
  expect((await sessionCookie(context))?.name).toBe(SESSION_COOKIE);
});

test("catalog down: cached pages are still served, an uncached search explains itself, and it recovers", async ({
  page,
}) => {
  await page.goto("/categories/candles");
  await injectFault({ operation: "* /catalog/*", mode: "status", status: 503 });

  for (const path of ["/", "/categories/candles", "/products/classic-fleece-hoodie"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Classic Fleece Hoodie" })).toBeVisible();

  const query = `lamp-${Date.now()}`;
  const search = await page.goto(`/search?q=${query}`);
  expect(search?.status()).toBeLessThan(500);
  await expect(page.getByText(/can’t reach the store|couldn’t load this page/)).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Try again" }).or(page.getByRole("button", { name: "Try again" })),
  ).toBeVisible();

  await clearFaults();
  await page.goto(`/search?q=${query}&page=1`);
  await expect(page.getByText(/can’t reach the store|couldn’t load this page/)).toHaveCount(0);
});

test("cart writes failing: the change is explained in place and nothing in the cart is lost", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await openCartPage(page);
  const line = lineNamed(pageLines(page), PETRICHOR.name);

  await injectFault({ operation: "POST /carts/{id}/items", mode: "status", status: 503 });
  await line.getByRole("button", { name: `Increase quantity of ${PETRICHOR.name}` }).click();
  await expect(line.getByRole("alert")).toHaveText(/couldn’t reach the store.*unchanged/i);
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("1");
  await expect(cartCount(page)).toHaveText("1");

  await clearFaults();
  await line.getByRole("button", { name: `Increase quantity of ${PETRICHOR.name}` }).click();
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("2");
  await expect(cartCount(page)).toHaveText("2");
});

test("a hanging API: pages answer at once, the cart gives up after its timeout, and the site recovers", async ({
  page,
}) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await injectFault({ operation: "GET /carts/*", mode: "hang", hangMs: 30_000 });
  const started = Date.now();
  const response = await page.goto("/products/classic-fleece-hoodie", { waitUntil: "commit" });
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Classic Fleece Hoodie" })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5_000);
  // The header's count waits for the cart call, which the server abandons after its timeout: the link stays usable.
  await expect(page.getByRole("link", { name: "Cart", exact: true })).toBeVisible({ timeout: 15_000 });

  await clearFaults();
  await page.reload();
  await expect(cartCount(page)).toHaveText("1");
});

test("dropped connections: cached pages are served and the cart recovers afterwards", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await injectFault({ operation: "*", mode: "drop" });
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await clearFaults();
  await page.reload();
  await expect(cartCount(page)).toHaveText("1");
});
