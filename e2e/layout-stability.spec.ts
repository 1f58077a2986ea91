import { expect, test, type Page } from "@playwright/test";
import { MAIN_PAGES, PHONE } from "./support/pages";

/*
 * Nothing on the main pages jumps while they load and hydrate: a shopper about to tap a card must not have it move
 * away. The score is the page's cumulative layout shift as Chrome reports it (layout-shift entries without recent
 * input); 0.1 is the limit Google calls "good".
 */
const GOOD_CLS = 0.1;
/** A product link with its options chosen: the page is prerendered without them and picks them up on hydration. */
const DEEP_LINK = "/products/classic-fleece-hoodie?color=navy&size=xxl";

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

async function expectSteadyLoad(page: Page, path: string) {
  await recordLayoutShifts(page);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Late images and hydration have all had their turn.
  await page.waitForTimeout(1_000);
  const shifts = await layoutShifts(page);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(GOOD_CLS);
}

test.describe("layout stability on a phone", () => {
  test.use(PHONE);

  for (const path of [...MAIN_PAGES, DEEP_LINK]) {
    test(`${path} does not move under the shopper's thumb while it loads`, async ({ page }) => {
      await expectSteadyLoad(page, path);
    });
  }
});

// On a wide screen the purchase panel is on the first screen, beside the gallery.
test.describe("layout stability on a desktop", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test(`${DEEP_LINK} does not move while it loads`, async ({ page }) => {
    await expectSteadyLoad(page, DEEP_LINK);
  });
});
