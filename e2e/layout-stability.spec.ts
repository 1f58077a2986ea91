import { devices, expect, test, type Page } from "@playwright/test";

/*
 * Nothing on the main pages jumps while they load and hydrate: a shopper about to tap a card must not have it move
 * away. The score is the page's cumulative layout shift as Chrome reports it (layout-shift entries without recent
 * input); 0.1 is the limit Google calls "good".
 */
const { defaultBrowserType: _phoneBrowser, ...PHONE } = devices["Pixel 7"];
const GOOD_CLS = 0.1;
const PAGES = ["/", "/categories/clothing", "/search?q=tee", "/products/classic-fleece-hoodie", "/cart"];

interface Shift {
  value: number;
  moved: string[];
}

async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((source) =>
          source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : "?",
        );
        shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

async function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

test.describe("layout stability on a phone", () => {
  test.use(PHONE);

  for (const path of PAGES) {
    test(`${path} does not move under the shopper's thumb while it loads`, async ({ page }) => {
      await recordLayoutShifts(page);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // Streamed parts, late images and hydration have all had their turn.
      await page.waitForTimeout(1_000);
      const shifts = await layoutShifts(page);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(GOOD_CLS);
    });
  }
});
