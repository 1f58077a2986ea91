import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import path from "node:path";
import {
  addFromProductPage,
  cartCount,
  drawer,
  drawerLines,
  HOODIE,
  lineNamed,
  MOGRA,
  openCartPage,
  openProduct,
  pageLines,
  PETRICHOR,
  SANDALWOOD,
  shown,
  waitForHydration,
} from "./support/cart";
import { calls, deleteCart, resetCalls, restoreTokenPolicy, setTokenPolicy } from "./support/demo-api";
import { PHONE } from "./support/pages";
import { sessionInCookie } from "./support/session";

/*
 * The guest cart with JavaScript: adding from product pages and cards, the header count and drawer, and the cart
 * page with quantities and coupons. Every test starts with a fresh browser context (Playwright's default), so a
 * fresh shopper with an empty cart.
 */

test.afterEach(async () => {
  await restoreTokenPolicy();
});

/** The cart page's part of the page, without the (hidden) drawer. */
const main = (page: Page) => page.getByRole("main");

test("adding from a product page counts the item, opens the drawer with it and creates one cart", async ({
  page,
  context,
}) => {
  const button = await openProduct(page, HOODIE.navyL);
  await expect(cartCount(page)).toHaveText("0");
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Cart, 0 items");
  expect((await sessionInCookie(context))?.cartId).toBeUndefined();
  await resetCalls();

  await button.click();
  await expect(cartCount(page)).toHaveText("1");
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Cart, 1 item");

  // The drawer opens once the API has confirmed, with the line as the cart now holds it.
  const dialog = page.getByRole("dialog", { name: /^Your cart/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("data-testid", "cart-drawer");
  await expect(drawerLines(page)).toHaveCount(1);
  const line = drawerLines(page).first();
  await expect(line.getByTestId("cart-line-name")).toHaveText(HOODIE.name);
  await expect(line.getByTestId("cart-line-options")).toHaveText("Colour: Navy · Size: L");
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("1");
  await expect(line.getByTestId("cart-line-total")).toContainText("₹2,499");
  await expect(drawer(page).getByTestId("drawer-total")).toHaveText("₹2,499");
  await expect(shown(page, "cart-status")).toHaveText(`Added to your cart. You have 1 of ${HOODIE.name}.`);

  // A modal: keyboard focus moved into it, so a keyboard or screen reader user lands in the cart.
  await expect(dialog.getByRole("button", { name: "Close cart" })).toBeFocused();
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  // Escape closes it and gives focus back to the button the shopper pressed.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // The server remembers the new cart in the session, and made exactly one.
  expect((await sessionInCookie(context))?.cartId).toMatch(/.+/);
  expect((await calls())["POST /carts"]).toBe(1);
});

test("the header cart link opens the drawer, whose close button and links work", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const link = page.getByTestId("cart-link");
  await link.click();
  await expect(drawer(page)).toBeVisible();
  await expect(page).toHaveURL(PETRICHOR.path);
  await drawer(page).getByRole("button", { name: "Close cart" }).click();
  await expect(drawer(page)).toBeHidden();
  await expect(link).toBeFocused();

  await link.click();
  await drawer(page).getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL("/cart");
  await expect(drawer(page)).toBeHidden();
  await expect(lineNamed(pageLines(page), PETRICHOR.name)).toBeVisible();
});

test("on the cart page a line's quantity goes up and down, totals follow, and removing empties the cart", async ({
  page,
}) => {
  await addFromProductPage(page, HOODIE.navyL, HOODIE.name);
  await openCartPage(page);
  const line = lineNamed(pageLines(page), HOODIE.name);
  await expect(line.getByTestId("cart-line-options")).toHaveText("Colour: Navy · Size: L");
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("1");
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹2,499");
  // At the minimum the − button cannot go lower; Remove is the way out.
  await expect(line.getByRole("button", { name: `Decrease quantity of ${HOODIE.name}` })).toBeDisabled();

  await line.getByRole("button", { name: `Increase quantity of ${HOODIE.name}` }).click();
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("2");
  await expect(line.getByTestId("cart-line-total")).toContainText("₹4,998");
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹4,998");
  await expect(main(page).getByTestId("cart-total")).toHaveText("₹4,998");
  await expect(main(page).getByTestId("cart-item-count")).toHaveText("2 items");
  await expect(cartCount(page)).toHaveText("2");

  await line.getByRole("button", { name: `Decrease quantity of ${HOODIE.name}` }).click();
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("1");
  await expect(line.getByTestId("cart-line-total")).toContainText("₹2,499");
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹2,499");
  await expect(main(page).getByTestId("cart-item-count")).toHaveText("1 item");
  await expect(cartCount(page)).toHaveText("1");

  await line.getByRole("button", { name: `Remove ${HOODIE.name}` }).click();
  await expect(main(page).getByTestId("empty-cart")).toBeVisible();
  await expect(main(page).getByTestId("empty-cart")).toContainText("Your cart is empty");
  await expect(pageLines(page)).toHaveCount(0);
  await expect(cartCount(page)).toHaveText("0");

  // And the API agrees: a fresh load shows the same.
  await openCartPage(page);
  await expect(main(page).getByTestId("empty-cart")).toBeVisible();
  await expect(cartCount(page)).toHaveText("0");
});

test("five quick adds in a row end as five in the cart, in one cart", async ({ page, context }) => {
  const button = await openProduct(page, PETRICHOR.path);
  await expect(cartCount(page)).toHaveText("0");
  await resetCalls();

  // Five clicks in the same task: faster than any shopper, and before the first answer can arrive.
  await button.evaluate((element: HTMLElement) => {
    for (let i = 0; i < 5; i++) element.click();
  });
  await expect(cartCount(page)).toHaveText("5");
  await expect(shown(page, "cart-status")).toHaveText(`Added to your cart. You have 5 of ${PETRICHOR.name}.`);
  await expect(drawerLines(page).getByTestId("cart-line-quantity")).toHaveText("5");

  await openCartPage(page);
  const line = lineNamed(pageLines(page), PETRICHOR.name);
  await expect(pageLines(page)).toHaveCount(1);
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("5");
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹4,995");
  await expect(cartCount(page)).toHaveText("5");
  // Queued one after another on the server too: one cart was made, not one per click.
  expect((await calls())["POST /carts"]).toBe(1);
  expect((await sessionInCookie(context))?.cartId).toMatch(/.+/);
});

test("a product card's quick add puts that product in the cart without leaving the page", async ({ page }) => {
  await page.goto("/categories/candles");
  const quickAdd = page.getByRole("button", { name: `Add ${PETRICHOR.name} to cart` });
  await expect(cartCount(page)).toHaveText("0");
  await waitForHydration(quickAdd);

  await quickAdd.click();
  await expect(cartCount(page)).toHaveText("1");
  await expect(drawer(page)).toBeVisible();
  await expect(drawerLines(page)).toHaveCount(1);
  await expect(drawerLines(page).getByTestId("cart-line-name")).toHaveText(PETRICHOR.name);
  await expect(drawerLines(page).getByTestId("cart-line-total")).toContainText("₹999");
  await expect(page).toHaveURL("/categories/candles");

  // A product sold in twos is added two at a time.
  await page.keyboard.press("Escape");
  const mogra = page.getByRole("button", { name: `Add ${MOGRA.name} to cart` });
  await mogra.click();
  await expect(cartCount(page)).toHaveText("3");
  await expect(lineNamed(drawerLines(page), MOGRA.name).getByTestId("cart-line-quantity")).toHaveText("2");
});

test("cards offer quick add only for products that can be added as they are", async ({ page }) => {
  await page.goto("/categories/mugs-drinkware");
  const card = (name: string) => page.getByTestId("product-card").filter({ hasText: name });
  await expect(card("Enamel Camp Mug")).toContainText("Out of stock");
  await expect(card("Enamel Camp Mug").getByTestId("card-add-to-cart")).toHaveCount(0);
  // Backorder ships later, so it can be added.
  await expect(card("Double-Wall Steel Tumbler").getByTestId("card-add-to-cart")).toBeVisible();

  // Products with options need them chosen on the product page first.
  await page.goto("/categories/hoodies-sweatshirts");
  await expect(card(HOODIE.name)).toBeVisible();
  await expect(card(HOODIE.name).getByTestId("card-add-to-cart")).toHaveCount(0);
});

test("coupons: apply, remove, a wrong code, and one from the list", async ({ page }) => {
  await addFromProductPage(page, HOODIE.navyL, HOODIE.name);
  await openCartPage(page);
  const total = main(page).getByTestId("cart-total");
  const discount = main(page).getByTestId("cart-discount");
  const field = main(page).getByLabel("Coupon code");
  const apply = main(page).getByRole("button", { name: "Apply", exact: true });
  await expect(total).toHaveText("₹2,499");
  await expect(main(page).getByTestId("cart-shipping")).toHaveText("Free");
  await expect(discount).toHaveCount(0);

  // 10 % of ₹2,499.
  await field.fill("WELCOME10");
  await apply.click();
  await expect(main(page).getByTestId("applied-coupon")).toHaveText("WELCOME10");
  await expect(discount).toHaveText("−₹249.90");
  await expect(total).toHaveText("₹2,249.10");
  await expect(main(page).getByTestId("cart-savings")).toHaveText("You save ₹249.90");
  // The confirmation sits under the field and describes it.
  await expect(field).toHaveAccessibleDescription("WELCOME10 applied: you save ₹249.90.");
  await expect(main(page).getByTestId("coupons").getByRole("status").filter({ hasText: "applied" })).toHaveText(
    "WELCOME10 applied: you save ₹249.90.",
  );
  // The drawer shows the same money.
  await page.getByTestId("cart-link").click();
  await expect(drawer(page).getByTestId("drawer-total")).toHaveText("₹2,249.10");
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();

  await main(page).getByRole("button", { name: "Remove coupon WELCOME10" }).click();
  await expect(main(page).getByTestId("applied-coupon")).toHaveCount(0);
  await expect(discount).toHaveCount(0);
  await expect(total).toHaveText("₹2,499");

  // A code that does not exist: explained right under the field, which is marked invalid; nothing changes.
  await field.fill("NOPE");
  await apply.click();
  const error = main(page).getByTestId("coupons").getByTestId("cart-error");
  await expect(error).toHaveText("Coupon NOPE is not valid");
  await expect(error).toHaveAttribute("role", "alert");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("Coupon NOPE is not valid");
  await expect(total).toHaveText("₹2,499");
  await expect(discount).toHaveCount(0);

  // One click on a listed coupon applies it; the list no longer offers the applied one.
  const offers = main(page).getByTestId("available-coupons");
  await offers.getByRole("button", { name: "Apply FLAT200" }).click();
  await expect(main(page).getByTestId("applied-coupon")).toHaveText("FLAT200");
  await expect(discount).toHaveText("−₹200");
  await expect(total).toHaveText("₹2,299");
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(main(page).getByTestId("coupons").getByTestId("cart-error")).toHaveCount(0);
  await expect(offers.getByRole("button", { name: "Apply FLAT200" })).toHaveCount(0);

  // It is the cart's coupon, not just the page's: it is still there on a fresh load.
  await openCartPage(page);
  await expect(main(page).getByTestId("applied-coupon")).toHaveText("FLAT200");
  await expect(total).toHaveText("₹2,299");
});

test("a coupon the cart is too small for is refused with the reason, and shipping is charged", async ({ page }) => {
  // ₹899: under the ₹999 that both FLAT200 and free shipping need.
  await addFromProductPage(page, SANDALWOOD.path, SANDALWOOD.name);
  await openCartPage(page);
  const total = main(page).getByTestId("cart-total");
  await expect(main(page).getByTestId("cart-shipping")).toHaveText("₹99");
  await expect(total).toHaveText("₹998");

  const field = main(page).getByLabel("Coupon code");
  await field.fill("FLAT200");
  await main(page).getByRole("button", { name: "Apply", exact: true }).click();
  const error = main(page).getByTestId("coupons").getByTestId("cart-error");
  await expect(error).toHaveText("Coupon FLAT200 needs an order of at least ₹999");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(main(page).getByTestId("applied-coupon")).toHaveCount(0);
  await expect(total).toHaveText("₹998");
});

test("per-shopper answers are never stored by a shared cache, and shared pages hold nothing of the shopper's", async ({
  page,
}) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  for (const path of ["/cart", "/api/shopper"]) {
    const answer = await page.request.get(path);
    expect(answer.headers()["cache-control"], path).toMatch(/private|no-store/);
    expect(answer.headers()["cache-control"], path).not.toMatch(/public|s-maxage/);
  }
  expect(await (await page.request.get("/api/shopper")).json()).toMatchObject({
    cart: { lines: [expect.objectContaining({ name: PETRICHOR.name })] },
  });
  // Catalog pages are one HTML for everyone, cached whole: the cart reaches the header from /api/shopper.
  const productPage = await page.request.get(HOODIE.navyL);
  expect(await productPage.text()).not.toContain(PETRICHOR.name);
});

test("two shoppers in two browsers keep two separate carts", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const a = await first.newPage();
    const b = await second.newPage();
    await addFromProductPage(a, HOODIE.navyL, HOODIE.name);
    // The second shopper takes three candles.
    await openProduct(b, PETRICHOR.path);
    const more = b.getByRole("button", { name: "Increase quantity", exact: true });
    await more.click();
    await more.click();
    await expect(shown(b, "quantity-input")).toHaveValue("3");
    await shown(b, "add-to-cart").click();
    await expect(cartCount(b)).toHaveText("3");
    await expect(shown(b, "cart-status")).toHaveText(`Added to your cart. You have 3 of ${PETRICHOR.name}.`);

    await openCartPage(a);
    await openCartPage(b);
    await expect(cartCount(a)).toHaveText("1");
    await expect(pageLines(a).getByTestId("cart-line-name")).toHaveText([HOODIE.name]);
    await expect(cartCount(b)).toHaveText("3");
    await expect(pageLines(b).getByTestId("cart-line-name")).toHaveText([PETRICHOR.name]);

    const [sessionA, sessionB] = [await sessionInCookie(first), await sessionInCookie(second)];
    expect(sessionA?.userId).toBeTruthy();
    expect(sessionA?.userId).not.toBe(sessionB?.userId);
    expect(sessionA?.cartId).toBeTruthy();
    expect(sessionA?.cartId).not.toBe(sessionB?.cartId);
  } finally {
    await first.close();
    await second.close();
  }
});

test("a cart deleted behind the storefront's back shows as empty, and the next add starts a new one", async ({
  page,
  context,
}) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const before = await sessionInCookie(context);
  expect(before?.cartId).toBeTruthy();
  await deleteCart(before!.cartId!, before!.accessToken);

  await openCartPage(page);
  await expect(main(page).getByTestId("empty-cart")).toBeVisible();
  await expect(cartCount(page)).toHaveText("0");

  await resetCalls();
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await expect(cartCount(page)).toHaveText("1");
  await expect(shown(page, "cart-status")).toHaveText(`Added to your cart. You have 1 of ${PETRICHOR.name}.`);
  expect((await calls())["POST /carts"]).toBe(1);
  const after = await sessionInCookie(context);
  expect(after?.cartId).toBeTruthy();
  expect(after?.cartId).not.toBe(before?.cartId);
  expect(after?.userId).toBe(before?.userId);
});

test("the cart survives the access token being refreshed", async ({ page, context }) => {
  await setTokenPolicy({ accessTokenTtlSeconds: 10 });
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  const first = await sessionInCookie(context);
  expect(first?.cartId).toBeTruthy();
  expect(first!.expiresAt - Date.now()).toBeLessThanOrEqual(10_000);

  // Inside the refresh window (half of a 10 s lifetime) but before expiry.
  await page.waitForTimeout(Math.max(0, first!.expiresAt - 4_000 - Date.now()));
  await page.reload();
  await expect(cartCount(page)).toHaveText("1");
  const second = await sessionInCookie(context);
  expect(second!.accessToken).not.toBe(first!.accessToken);
  expect(second!.userId).toBe(first!.userId);
  expect(second!.cartId).toBe(first!.cartId);

  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await expect(cartCount(page)).toHaveText("2");
  await expect(shown(page, "cart-status")).toHaveText(`Added to your cart. You have 2 of ${PETRICHOR.name}.`);
  expect((await sessionInCookie(context))!.cartId).toBe(first!.cartId);
});

test("quantities follow each product's minimum, step and maximum", async ({ page }) => {
  // Sold in twos from 2: the field starts at 2 and steps by 2.
  await openProduct(page, MOGRA.path);
  const quantity = shown(page, "quantity-input");
  const less = page.getByRole("button", { name: "Decrease quantity", exact: true });
  const more = page.getByRole("button", { name: "Increase quantity", exact: true });
  await expect(quantity).toHaveValue("2");
  await expect(less).toBeDisabled();
  await more.click();
  await expect(quantity).toHaveValue("4");
  await expect(less).toBeEnabled();
  await shown(page, "add-to-cart").click();
  await expect(cartCount(page)).toHaveText("4");
  await expect(shown(page, "cart-status")).toHaveText(`Added to your cart. You have 4 of ${MOGRA.name}.`);
  await page.keyboard.press("Escape");

  // At most 5: the stepper stops there.
  await openProduct(page, SANDALWOOD.path);
  for (let i = 0; i < 4; i++) await more.click();
  await expect(quantity).toHaveValue("5");
  await expect(more).toBeDisabled();
  await shown(page, "add-to-cart").click();
  await expect(cartCount(page)).toHaveText("9");

  await openCartPage(page);
  const mogra = lineNamed(pageLines(page), MOGRA.name);
  const sandalwood = lineNamed(pageLines(page), SANDALWOOD.name);
  await expect(sandalwood.getByTestId("cart-line-quantity")).toHaveText("5");
  await expect(sandalwood.getByRole("button", { name: `Increase quantity of ${SANDALWOOD.name}` })).toBeDisabled();
  await expect(sandalwood.getByRole("button", { name: `Decrease quantity of ${SANDALWOOD.name}` })).toBeEnabled();

  await expect(mogra.getByTestId("cart-line-quantity")).toHaveText("4");
  await mogra.getByRole("button", { name: `Increase quantity of ${MOGRA.name}` }).click();
  await expect(mogra.getByTestId("cart-line-quantity")).toHaveText("6");
  await expect(mogra.getByTestId("cart-line-total")).toContainText("₹2,094");
  await mogra.getByRole("button", { name: `Decrease quantity of ${MOGRA.name}` }).click();
  await mogra.getByRole("button", { name: `Decrease quantity of ${MOGRA.name}` }).click();
  await expect(mogra.getByTestId("cart-line-quantity")).toHaveText("2");
  await expect(mogra.getByRole("button", { name: `Decrease quantity of ${MOGRA.name}` })).toBeDisabled();
  await expect(cartCount(page)).toHaveText("7");
});

test("an add the store refuses is explained next to the button, and the count goes back", async ({ page }) => {
  // Five is the most one order may hold; the product page cannot know the cart already has them.
  const button = await openProduct(page, SANDALWOOD.path);
  const more = page.getByRole("button", { name: "Increase quantity", exact: true });
  for (let i = 0; i < 4; i++) await more.click();
  await button.click();
  await expect(cartCount(page)).toHaveText("5");
  await page.keyboard.press("Escape");

  await openProduct(page, SANDALWOOD.path);
  await resetCalls();
  await button.click();
  const error = shown(page, "cart-error");
  await expect(error).toHaveText(`${SANDALWOOD.name} can be ordered at most 5 at a time`);
  await expect(error).toHaveAttribute("role", "alert");
  // The 6 drawn at once while the API was asked does not stay: the count is what the cart holds.
  await expect(cartCount(page)).toHaveText("5");
  await expect(drawer(page)).toBeHidden();
  expect((await calls())["POST /carts/{id}/items"]).toBe(1);
});

test("the open drawer and the empty cart page have no accessibility violations", async ({ page }) => {
  await openCartPage(page);
  await expect(main(page).getByTestId("empty-cart")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations, "empty cart page").toEqual([]);

  await addFromProductPage(page, HOODIE.navyL, HOODIE.name);
  await page.getByTestId("cart-link").click();
  await expect(drawer(page)).toBeVisible();
  await settled(page);
  const inDrawer = await new AxeBuilder({ page }).include('[data-testid="cart-drawer"]').analyze();
  expect(inDrawer.violations, "open drawer").toEqual([]);
});

test("the cart page with items has no accessibility violations", async ({ page }) => {
  await addFromProductPage(page, HOODIE.navyL, HOODIE.name);
  await openCartPage(page);
  await expect(pageLines(page)).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, "cart page with items").toEqual([]);
});

test("screenshots of the drawer and the cart page, on a phone and a desktop", async ({ browser }, testInfo) => {
  for (const [name, options] of [
    ["phone", PHONE],
    ["desktop", { viewport: { width: 1440, height: 900 } }],
  ] as const) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      await addFromProductPage(page, HOODIE.navyL, HOODIE.name);
      await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
      await page.getByTestId("cart-link").click();
      await expect(drawerLines(page)).toHaveCount(2);
      await settled(page);
      await screenshot(page, testInfo, `cart-drawer-${name}`, false);

      await openCartPage(page);
      await main(page).getByLabel("Coupon code").fill("WELCOME10");
      await main(page).getByRole("button", { name: "Apply", exact: true }).click();
      await expect(main(page).getByTestId("applied-coupon")).toHaveText("WELCOME10");
      // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, testInfo, `cart-page-${name}`, true);
    } finally {
      await context.close();
    }
  }
});

/** Waits for the drawer's slide-in and for no change to be on its way (pending parts are drawn dimmed). */
async function settled(page: Page): Promise<void> {
  await expect(drawer(page).locator("[aria-busy]")).toHaveCount(0);
  await expect
    .poll(() => drawer(page).evaluate((element) => element.getAnimations().length), { message: "slide-in done" })
    .toBe(0);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage: boolean): Promise<void> {
  // Kept under the run's output folder (git-ignored), where a person reviewing the change can look at them.
  const file = path.join(testInfo.project.outputDir, "screenshots", `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
