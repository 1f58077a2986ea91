import type { Locator, Page } from "@playwright/test";

/**
 * Holds the browser's requests for a new page's server render (not prefetches) on paths that match, until
 * `release()`: the wait a slow phone network would give, so what the page shows meanwhile can be checked.
 */
export async function holdNavigations(page: Page, path: RegExp): Promise<{ release: () => void; held: () => number }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      const headers = route.request().headers();
      if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) {
        held += 1;
        await gate;
      }
      await route.fallback();
    },
  );
  return { release, held: () => held };
}

/** How opaque an element looks: its own opacity times its ancestors' (opacity is not inherited, it compounds). */
export async function shownOpacity(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    let opacity = 1;
    for (let current: Element | null = node; current; current = current.parentElement) {
      opacity *= Number(getComputedStyle(current).opacity);
    }
    return opacity;
  });
}
