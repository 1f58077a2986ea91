import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import path from "node:path";
import { shown } from "./cart";
import { DEMO_API_ORIGIN } from "./ports";

/** A new shopper's address: every run signs up new accounts. */
export function newEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.in`;
}

export const ADDRESS = {
  firstName: "Asha",
  lastName: "Rao",
  phone: "98765 43210",
  line1: "12, 4th Cross, Indiranagar",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560038",
} as const;

/** Asks for a code on the e-mail step, and answers the code step with it (read from the demo notice). */
export async function signInWithCode(page: Page, email: string): Promise<void> {
  await sendCode(page, email);
  await enterCode(page, await demoCode(page));
}

export async function sendCode(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a code" }).click();
  await expect(shown(page, "code-sent-to")).toHaveText(email);
}

export async function demoCode(page: Page): Promise<string> {
  const code = await shown(page, "demo-code").textContent();
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Verify and continue" }).click();
}

/** Fills the shipping address form (billing the same) and continues to the delivery step. */
export async function fillAddress(page: Page, overrides: Partial<Record<keyof typeof ADDRESS, string>> = {}) {
  const address = { ...ADDRESS, ...overrides };
  const form = page.getByTestId("address-form");
  const shipping = form.getByRole("group", { name: "Shipping address" });
  await shipping.getByLabel("First name").fill(address.firstName);
  await shipping.getByLabel("Last name").fill(address.lastName);
  await shipping.getByLabel("Mobile number").fill(address.phone);
  await shipping.getByLabel("House number and street").fill(address.line1);
  await shipping.getByLabel("City").fill(address.city);
  await shipping.getByLabel("PIN code").fill(address.pincode);
  await shipping.getByLabel("State").selectOption(address.state);
  await form.getByRole("button", { name: "Continue to delivery" }).click();
}

/** The demo API's simulated payment page: pay, or make the payment fail. */
export async function payOnDemoPage(page: Page, outcome: "pay" | "fail"): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${DEMO_API_ORIGIN}/__demo/pay/`));
  await page.getByRole("button", { name: outcome === "pay" ? /^Pay ₹/ : "Simulate a failed payment" }).click();
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect((await new AxeBuilder({ page }).analyze()).violations, what).toEqual([]);
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Kept under the run's output folder (git-ignored), where a person reviewing the change can look at them.
  const file = path.join(testInfo.project.outputDir, "screenshots", `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

export async function setOtpPolicy(policy: { otpResendCooldownSeconds?: number }): Promise<void> {
  const response = await fetch(`${DEMO_API_ORIGIN}/__demo/settings`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(policy),
  });
  if (!response.ok) throw new Error(`demo settings refused: ${await response.text()}`);
}
