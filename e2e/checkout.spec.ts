import { expect, test, type Browser, type Page } from "@playwright/test";
import { addFromProductPage, cartCount, MOGRA, openCartPage, PETRICHOR, SANDALWOOD, shown } from "./support/cart";
import {
  demoCode,
  enterCode,
  expectNoAxeViolations,
  fillAddress,
  newEmail,
  payOnDemoPage,
  screenshot,
  sendCode,
  setOtpPolicy,
  signInWithCode,
} from "./support/checkout";
import { restoreTokenPolicy, setTokenPolicy } from "./support/demo-api";
import { PHONE } from "./support/pages";
import { DEMO_API_ORIGIN } from "./support/ports";

/*
 * Checkout in demo mode, in a real browser: a guest fills a cart, signs in with the code the demo API reveals,
 * gives an address, picks a delivery, pays on the demo API's simulated payment page and lands on the confirmation.
 */

const VIEWPORTS = [
  ["phone", PHONE],
  ["desktop", { viewport: { width: 1440, height: 900 } }],
] as const;

test.afterEach(async () => {
  await restoreTokenPolicy();
});

async function withContext(browser: Browser, options: object, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function startCheckout(page: Page): Promise<void> {
  await openCartPage(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: /checkout/i })
    .click();
  await expect(page).toHaveURL(/\/checkout\/contact$/);
}

for (const [name, options] of VIEWPORTS) {
  test(`a guest buys their cart end to end, on a ${name}`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    await withContext(browser, options, async (page) => {
      const email = newEmail(`buyer-${name}`);
      await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
      await addFromProductPage(page, MOGRA.path, MOGRA.name);
      await startCheckout(page);
      await expect(shown(page, "summary-line")).toHaveCount(2);
      await expectNoAxeViolations(page, "contact step");
      await screenshot(page, testInfo, `checkout-1-contact-${name}`);

      await sendCode(page, email);
      await expect(shown(page, "demo-code-notice")).toContainText("Demo store");
      await expectNoAxeViolations(page, "code step");
      await screenshot(page, testInfo, `checkout-2-code-${name}`);
      await enterCode(page, await demoCode(page));

      await expect(page).toHaveURL(/\/checkout\/address$/);
      // The guest's cart is the account's now, and the header greets the signed-in shopper.
      await expect(shown(page, "summary-line")).toHaveCount(2);
      await expect(page.getByTestId("account-menu")).toBeAttached();
      await expect(cartCount(page)).toHaveText("3");
      await expectNoAxeViolations(page, "address step");
      await screenshot(page, testInfo, `checkout-3-address-${name}`);
      for (const path of ["/checkout/address", "/account/orders"]) {
        const answer = await page.request.get(path);
        expect(answer.headers()["cache-control"], path).toMatch(/private|no-store/);
      }
      await fillAddress(page);

      await expect(page).toHaveURL(/\/checkout\/delivery$/);
      await expect(shown(page, "delivery-choice")).toHaveCount(3);
      await expectNoAxeViolations(page, "delivery step");
      await screenshot(page, testInfo, `checkout-4-delivery-${name}`);
      await page.getByRole("radio", { name: /Express/ }).check();
      await page.getByRole("button", { name: "Continue to review" }).click();

      await expect(page).toHaveURL(/\/checkout\/review$/);
      await expect(shown(page, "review-delivery")).toContainText("Express");
      // ₹999 + 2 × ₹349 + ₹199 express.
      await expect(shown(page, "review-total")).toHaveText("₹1,896");
      await expectNoAxeViolations(page, "review step");
      await screenshot(page, testInfo, `checkout-5-review-${name}`);
      await page.getByRole("button", { name: "Place order and pay ₹1,896" }).click();

      await payOnDemoPage(page, "pay");
      await expect(page).toHaveURL(/\/orders\/[A-Z0-9-]+$/);
      await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "paid");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Your order is confirmed");
      await expect(shown(page, "order-line")).toHaveCount(2);
      await expect(shown(page, "order-total")).toHaveText("₹1,896");
      await expect(shown(page, "payment-status")).toHaveText("Paid");
      await expect(cartCount(page)).toHaveText("0");
      await expectNoAxeViolations(page, "confirmation");
      await screenshot(page, testInfo, `checkout-6-confirmation-${name}`);
      const orderNumber = await shown(page, "order-number").textContent();

      await page.goto("/account/orders");
      const row = shown(page, "order-row").filter({ hasText: orderNumber! });
      await expect(row).toContainText("Confirmed");
      await expect(row).toContainText("₹1,896");
      await expectNoAxeViolations(page, "order history");
      await screenshot(page, testInfo, `checkout-7-orders-${name}`);
      await row.click();
      await expect(shown(page, "order-number")).toHaveText(orderNumber!);
    });
  });
}

test("a wrong code is explained in place, and a new code can be asked for after the cooldown", async ({ page }) => {
  await setOtpPolicy({ otpResendCooldownSeconds: 4 });
  try {
    await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
    await startCheckout(page);
    await sendCode(page, newEmail("typo"));
    const code = await demoCode(page);

    // Too soon for another code: the store's wait is explained, and the button counts it down.
    const resend = page.getByRole("button", { name: "send a new code" });
    await resend.click();
    await expect(shown(page, "form-error")).toContainText("You can ask for another in");
    await expect(resend).toBeDisabled();

    const wrong = code === "000000" ? "111111" : "000000";
    await enterCode(page, wrong);
    const field = page.getByLabel("6-digit code");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(shown(page, "field-error")).toHaveText("That code isn’t right. You have 4 tries left.");
    await expectNoAxeViolations(page, "wrong code");

    await enterCode(page, "12ab");
    await expect(shown(page, "field-error")).toHaveText("The code is 6 digits, like 123456.");

    await expect(resend).toBeEnabled({ timeout: 8_000 });
    await resend.click();
    await expect(shown(page, "form-status")).toContainText("We sent a new code");
    await expect.poll(() => demoCode(page)).not.toBe(code);
    // The first code was replaced; the new one signs in.
    await enterCode(page, await demoCode(page));
    await expect(page).toHaveURL(/\/checkout\/address$/);
  } finally {
    await restoreTokenPolicy();
  }
});

test("invalid address fields are explained next to each field, and what was typed stays", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  await signInWithCode(page, newEmail("address"));
  await expect(page).toHaveURL(/\/checkout\/address$/);

  // Billing is the shipping address unless the shopper says otherwise.
  const billing = page.getByTestId("address-form").getByRole("group", { name: "Billing address" });
  await expect(billing).toBeHidden();
  await page.getByLabel("Billing address is the same as shipping").uncheck();
  await expect(billing).toBeVisible();
  await page.getByLabel("Billing address is the same as shipping").check();
  await expect(billing).toBeHidden();

  await fillAddress(page, { firstName: "", phone: "12345", pincode: "0560" });
  const shipping = page.getByTestId("address-form").getByRole("group", { name: "Shipping address" });
  await expect(shown(page, "form-error")).toHaveText("Please check the highlighted fields.");
  await expect(shipping.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  // Focus lands on the first field to correct.
  await expect(shipping.getByLabel("First name")).toBeFocused();
  await expect(shipping.getByLabel("Mobile number")).toHaveAccessibleDescription(/10-digit mobile number/);
  await expect(shipping.getByLabel("PIN code")).toHaveAccessibleDescription("A PIN code is 6 digits, like 560001.");
  await expect(shipping.getByLabel("City")).toHaveValue("Bengaluru");
  await expect(shipping.getByLabel("City")).not.toHaveAttribute("aria-invalid");
  await expectNoAxeViolations(page, "address errors");
  await expect(page).toHaveURL(/\/checkout\/address$/);

  // A PIN code the store cannot deliver to: pickup is still offered.
  await fillAddress(page, { pincode: "934001" });
  await expect(shown(page, "not-serviceable")).toContainText("We can’t deliver to PIN code 934001");
  await expect(shown(page, "delivery-choice")).toHaveCount(1);
  await expect(shown(page, "delivery-choice")).toContainText("Pick up at");
});

test("a failed payment can be retried, and the order is paid in the end", async ({ page }) => {
  test.setTimeout(90_000);
  await addFromProductPage(page, SANDALWOOD.path, SANDALWOOD.name);
  await startCheckout(page);
  await signInWithCode(page, newEmail("retry"));
  await fillAddress(page);
  await page.getByRole("button", { name: "Continue to review" }).click();
  await page.getByRole("button", { name: /^Place order and pay/ }).click();

  await expect(page.getByRole("main")).toContainText(/AG-\d+/);
  await expect(page.getByRole("button", { name: /^Pay ₹/ })).toBeVisible();
  await expectNoAxeViolations(page, "demo payment page");
  await payOnDemoPage(page, "fail");
  await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "failed");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your payment didn’t go through");
  await expect(shown(page, "payment-status")).toHaveText("Payment failed");
  await expectNoAxeViolations(page, "failed payment");

  await page.getByRole("button", { name: "Try paying again" }).click();
  await payOnDemoPage(page, "pay");
  await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "paid");
  await expect(shown(page, "order-status")).toHaveText("Confirmed");
});

test("an order with nothing to pay skips the payment page", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await openCartPage(page);
  await page.getByRole("main").getByLabel("Coupon code").fill("TEAM100");
  await page.getByRole("main").getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page.getByRole("main").getByTestId("applied-coupon")).toHaveText("TEAM100");
  await page
    .getByRole("main")
    .getByRole("link", { name: /checkout/i })
    .click();
  await signInWithCode(page, newEmail("free"));
  await fillAddress(page);
  await page.getByRole("radio", { name: /Pick up at/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(shown(page, "review-total")).toHaveText("₹0");
  await page.getByRole("button", { name: "Place order", exact: true }).click();
  await expect(page).toHaveURL(/\/orders\/[A-Z0-9-]+$/);
  await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "paid");
});

test("an expired sign-in mid-checkout asks to sign in again, and the cart is still there", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await addFromProductPage(page, MOGRA.path, MOGRA.name);
  await startCheckout(page);
  const email = newEmail("expired");
  // Sessions signed in from now on last 3 seconds and cannot be renewed after that.
  await setTokenPolicy({ accessTokenTtlSeconds: 2, refreshTokenTtlSeconds: 3 });
  await signInWithCode(page, email);
  await expect(page).toHaveURL(/\/checkout\/address$/);
  // Nothing renews the session while the shopper fills the form (a renewal would reset the 3 seconds).
  await page.waitForTimeout(3_500);
  await restoreTokenPolicy();

  await fillAddress(page);
  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await expect(shown(page, "session-ended")).toContainText("Your sign-in has expired");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await signInWithCode(page, email);
  await expect(page).toHaveURL(/\/checkout\/address$/);
  await expect(shown(page, "summary-line")).toHaveCount(2);
});

test("signing out leaves an empty guest cart; signing in again merges the guest's cart into the account's", async ({
  page,
}) => {
  const email = newEmail("merge");
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  await signInWithCode(page, email);
  await expect(page).toHaveURL(/\/checkout\/address$/);

  await page.getByTestId("account-menu").locator("summary").click();
  await expect(shown(page, "account-email")).toHaveText(email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(cartCount(page)).toHaveText("0");

  await addFromProductPage(page, MOGRA.path, MOGRA.name);
  await startCheckout(page);
  await signInWithCode(page, email);
  await expect(page).toHaveURL(/\/checkout\/address$/);
  const names = await shown(page, "summary-line").allTextContents();
  expect(names.join(" ")).toContain(PETRICHOR.name);
  expect(names.join(" ")).toContain(MOGRA.name);
});

test("back from the payment page leads to the order, not to an empty cart", async ({ page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  await signInWithCode(page, newEmail("back"));
  await fillAddress(page);
  await page.getByRole("button", { name: "Continue to review" }).click();
  await page.getByRole("button", { name: /^Place order and pay/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${DEMO_API_ORIGIN}/__demo/pay/`));

  await page.goBack();
  await expect(page).toHaveURL(/\/orders\/AG-\d+$/);
  await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "pending");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We’re confirming your payment");
  await page.goForward();
  await payOnDemoPage(page, "pay");
  await expect(shown(page, "order-outcome")).toHaveAttribute("data-outcome", "paid");
});

test("a cart changed in another tab after review is not charged until the new total is reviewed", async ({
  page,
  context,
}) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  await signInWithCode(page, newEmail("changed"));
  await fillAddress(page);
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(shown(page, "review-total")).toHaveText("₹999");

  const otherTab = await context.newPage();
  await addFromProductPage(otherTab, MOGRA.path, MOGRA.name);
  await otherTab.close();

  await page.getByRole("button", { name: "Place order and pay ₹999" }).click();
  await expect(page).toHaveURL(/\/checkout\/review\?changed=1$/);
  await expect(page.getByRole("alert").filter({ hasText: "Your cart changed" })).toBeVisible();
  await expect(shown(page, "review-total")).toHaveText("₹1,697");
  await page.getByRole("button", { name: "Place order and pay ₹1,697" }).click();
  await payOnDemoPage(page, "pay");
  await expect(shown(page, "order-total")).toHaveText("₹1,697");
});

test("another shopper cannot open someone's order, and a guest is asked to sign in", async ({ browser, page }) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  await signInWithCode(page, newEmail("owner"));
  await fillAddress(page);
  await page.getByRole("button", { name: "Continue to review" }).click();
  await page.getByRole("button", { name: /^Place order and pay/ }).click();
  await payOnDemoPage(page, "pay");
  const orderPath = new URL(page.url()).pathname;

  await withContext(browser, {}, async (other) => {
    // A real redirect, before any page renders: it works without a script too.
    const guestAnswer = await other.request.fetch(orderPath, { maxRedirects: 0 });
    expect(guestAnswer.status()).toBe(307);
    expect(new URL(guestAnswer.headers()["location"]!, "http://storefront").searchParams.get("next")).toBe(orderPath);
    expect((await other.request.fetch("/checkout/review", { maxRedirects: 0 })).headers()["location"]).toMatch(
      /\/checkout\/contact$/,
    );
    await other.goto(orderPath);
    await expect(other).toHaveURL(/\/sign-in\?next=/);
    await signInWithCode(other, newEmail("stranger"));
    await expect(other).toHaveURL(orderPath);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that order");
    await expect(other.getByText(/confirmed/)).toHaveCount(0);
  });
});

test("hostile values in the sign-in and address forms are refused in place, never with a server error", async ({
  page,
}) => {
  await addFromProductPage(page, PETRICHOR.path, PETRICHOR.name);
  await startCheckout(page);
  // What a script or a tampered form can send past the fields' own limits.
  await page.getByLabel("Email address").evaluate(
    (input: HTMLInputElement, value) => {
      input.removeAttribute("maxlength");
      input.value = value;
    },
    `${"x".repeat(10_000)}@例え.テスト`,
  );
  await page.getByRole("button", { name: "Email me a code" }).click();
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
    "Enter an email address like name@example.com.",
  );

  await signInWithCode(page, newEmail("hostile"));
  await expect(page).toHaveURL(/\/checkout\/address$/);
  const shipping = page.getByTestId("address-form").getByRole("group", { name: "Shipping address" });
  await shipping.evaluate((group) => {
    const set = (name: string, value: string) => {
      const field = group.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      field.removeAttribute("maxlength");
      if (field instanceof HTMLSelectElement) field.add(new Option(value, value, true, true));
      else field.value = value;
    };
    set("first_name", "x".repeat(10_000));
    set("phone", "٩٨٧٦٥٤٣٢١٠");
    set("address_line1", "<script>alert(1)</script>");
    set("city", "Bengaluru");
    set("pincode", "-1");
    set("state", "Atlantis");
  });
  await page.getByRole("button", { name: "Continue to delivery" }).click();
  await expect(shown(page, "form-error")).toHaveText("Please check the highlighted fields.");
  await expect(shipping.getByLabel("First name")).toHaveAccessibleDescription("Keep this under 60 characters.");
  await expect(shipping.getByLabel("Mobile number")).toHaveAttribute("aria-invalid", "true");
  await expect(shipping.getByLabel("PIN code")).toHaveAttribute("aria-invalid", "true");
  await expect(shipping.getByLabel("State")).toHaveAccessibleDescription("Choose a state from the list.");
  // Kept as the text it is, never run.
  await expect(shipping.getByLabel("House number and street")).toHaveValue("<script>alert(1)</script>");
  await expect(page).toHaveURL(/\/checkout\/address$/);
});
