import { expect, test, type Locator, type Page } from "@playwright/test";
import { HOODIE, lineNamed, pageLines, PETRICHOR } from "./support/cart";

/*
 * The cart in a browser without JavaScript: every cart form is a plain HTML form whose post is answered with a
 * redirect to the cart page, and that page (rendered whole for each request) says what happened. The header count
 * streams in, which takes a script, so these tests read the cart page instead.
 */

test.use({ javaScriptEnabled: false });

/** The cart page's part of the page, without the drawer markup the layout always renders (hidden). */
const main = (page: Page) => page.getByRole("main");

/** A visible copy of an element: without a script, parts the browser would swap in stay hidden beside others. */
const visible = (locator: Locator) => locator.filter({ visible: true });

/** Submits a cart form and waits for the cart page it is answered with. */
async function submit(page: Page, button: Locator): Promise<void> {
  const landed = page.waitForResponse(
    (response) =>
      response.request().isNavigationRequest() &&
      response.request().method() === "GET" &&
      new URL(response.url()).pathname === "/cart",
  );
  await button.click();
  const response = await landed;
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL("/cart");
}

/** The message a line form (add, quantity, remove) left on the cart page. */
const lineMessage = (page: Page) => main(page).getByTestId("cart-status").filter({ hasText: /./ });

test("a product with options is added by choosing its variant from a list", async ({ page }) => {
  await page.goto(HOODIE.path);
  // The option links need a script to update the page; the list of variants stands in for them.
  const select = page.getByTestId("variant-select");
  await expect(select).toBeVisible();
  await expect(page.getByLabel("Choose an option")).toBeVisible();
  await expect(visible(page.getByTestId("add-to-cart"))).toHaveCount(0);
  await expect(select.locator("option", { hasText: "Navy / M" })).toBeDisabled();
  await select.selectOption({ label: "Navy / L · ₹2,499" });

  await submit(page, visible(page.getByRole("button", { name: "Add to cart" })));
  await expect(lineMessage(page)).toHaveText(`Added to your cart. You have 1 of ${HOODIE.name}.`);
  const line = lineNamed(pageLines(page), HOODIE.name);
  await expect(line).toBeVisible();
  await expect(line.getByTestId("cart-line-options")).toHaveText("Colour: Navy · Size: L");
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("1");
  await expect(main(page).getByTestId("cart-total")).toHaveText("₹2,499");
});

test("on the cart page quantities, coupons and remove all work as plain forms", async ({ page }) => {
  await page.goto(HOODIE.path);
  await page.getByTestId("variant-select").selectOption({ label: "Navy / L · ₹2,499" });
  await submit(page, visible(page.getByRole("button", { name: "Add to cart" })));
  const line = lineNamed(pageLines(page), HOODIE.name);

  await submit(page, line.getByRole("button", { name: `Increase quantity of ${HOODIE.name}` }));
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("2");
  await expect(line.getByTestId("cart-line-total")).toContainText("₹4,998");
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹4,998");
  await expect(main(page).getByTestId("cart-item-count")).toHaveText("2 items");
  await expect(lineMessage(page)).toHaveText("Quantity updated to 2.");

  // A wrong code: the answer is under the coupon field, which is marked invalid; the total is unchanged.
  const field = main(page).getByLabel("Coupon code");
  const apply = main(page).getByRole("button", { name: "Apply", exact: true });
  await field.fill("NOPE");
  await submit(page, apply);
  const couponError = main(page).getByTestId("coupons").getByTestId("cart-error");
  await expect(couponError).toHaveText("Coupon NOPE is not valid");
  await expect(main(page).getByLabel("Coupon code")).toHaveAttribute("aria-invalid", "true");
  await expect(main(page).getByLabel("Coupon code")).toHaveAccessibleDescription("Coupon NOPE is not valid");
  await expect(main(page).getByTestId("cart-total")).toHaveText("₹4,998");
  await expect(main(page).getByTestId("cart-discount")).toHaveCount(0);

  // 10 % of ₹4,998.
  await main(page).getByLabel("Coupon code").fill("WELCOME10");
  await submit(page, apply);
  await expect(main(page).getByTestId("applied-coupon")).toHaveText("WELCOME10");
  await expect(main(page).getByTestId("cart-discount")).toHaveText("−₹499.80");
  await expect(main(page).getByTestId("cart-total")).toHaveText("₹4,498.20");
  await expect(couponError).toHaveCount(0);
  await expect(main(page).getByLabel("Coupon code")).not.toHaveAttribute("aria-invalid");

  await submit(page, main(page).getByRole("button", { name: "Remove coupon WELCOME10" }));
  await expect(main(page).getByTestId("applied-coupon")).toHaveCount(0);
  await expect(main(page).getByTestId("cart-discount")).toHaveCount(0);
  await expect(main(page).getByTestId("cart-total")).toHaveText("₹4,998");

  await submit(page, line.getByRole("button", { name: `Remove ${HOODIE.name}` }));
  await expect(main(page).getByTestId("empty-cart")).toBeVisible();
  await expect(pageLines(page)).toHaveCount(0);
  await expect(lineMessage(page)).toHaveText("Removed from your cart.");
});

test("a product without options is added from its page, with the quantity typed in", async ({ page }) => {
  await page.goto(PETRICHOR.path);
  // The − and + buttons need a script: the number field alone is there.
  await expect(visible(page.getByRole("button", { name: "Increase quantity", exact: true }))).toHaveCount(0);
  const quantity = visible(page.getByTestId("quantity-input"));
  await quantity.fill("3");
  await submit(page, visible(page.getByTestId("add-to-cart")));
  await expect(lineMessage(page)).toHaveText(`Added to your cart. You have 3 of ${PETRICHOR.name}.`);
  const line = lineNamed(pageLines(page), PETRICHOR.name);
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("3");
  await expect(line.getByTestId("cart-line-options")).toHaveCount(0);
  await expect(main(page).getByTestId("cart-subtotal")).toHaveText("₹2,997");
});

test("a product card's quick add posts and lands on the cart page", async ({ page }) => {
  // The "You may also like" cards are part of the prerendered page, so they show without a script.
  await page.goto(PETRICHOR.path);
  const quickAdd = visible(page.getByTestId("card-add-to-cart")).first();
  await expect(quickAdd).toBeVisible();
  const label = (await quickAdd.textContent()) ?? "";
  const name = /Add (.+) to cart/.exec(label.replace(/\s+/g, " "))?.[1]?.trim() ?? "";
  expect(name).not.toBe("");
  await submit(page, quickAdd);
  await expect(lineMessage(page)).toContainText(`Added to your cart. You have`);
  await expect(lineMessage(page)).toContainText(name);
  await expect(lineNamed(pageLines(page), name)).toHaveCount(1);
  // The message is for the page the post led to: a reload shows the cart without it.
  await page.reload();
  await expect(lineNamed(pageLines(page), name)).toHaveCount(1);
  await expect(lineMessage(page)).toHaveCount(0);
});
