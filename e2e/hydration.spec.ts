import { expect, test } from "@playwright/test";
import { MAIN_PAGES, PHONE } from "./support/pages";

/*
 * A slow phone hydrates the page after its first requests have come back: the header's cart count may be known before
 * a late-hydrating part of the page has hydrated. The page must still hydrate what the server drew (a mismatch throws
 * the server's HTML away, draws it again in the browser, logs an error and costs Lighthouse's best-practices points).
 * Wrapping the header in a <Suspense> boundary, for one, makes every page fail here.
 */
/** Lighthouse's mobile setting: the phone's CPU four times slower than this machine's. */
const SLOW_PHONE_CPU = 4;

test.describe("hydration on a slow phone", () => {
  test.use(PHONE);

  for (const path of MAIN_PAGES) {
    test(`${path} hydrates the server's HTML without a mismatch`, async ({ page, context }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE_CPU });

      await page.goto(path);
      await expect(page.getByTestId("cart-count")).toHaveText("0", { timeout: 20_000 });
      await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Cart, 0 items");
      await expect(page.getByTestId("sign-in-link")).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
