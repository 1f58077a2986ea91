import { expect, type Locator, type Page } from "@playwright/test";

/*
 * Products of the demo catalog the cart tests use, and what a shopper sees of them:
 * - the Classic Fleece Hoodie has options (colour × size, ₹2,499; XXL ₹2,599);
 * - the Petrichor Soy Candle is a plain ₹999 product in stock;
 * - the Mogra Votive Candle (₹349) is sold in twos, from 2 up to 12;
 * - the Sandalwood & Vetiver Soy Candle (₹899) can be ordered at most 5 at a time.
 */
export const HOODIE = {
  path: "/products/classic-fleece-hoodie",
  name: "Classic Fleece Hoodie",
  navyL: "/products/classic-fleece-hoodie?color=navy&size=l",
} as const;
export const PETRICHOR = { path: "/products/petrichor-soy-candle", name: "Petrichor Soy Candle" } as const;
export const MOGRA = { path: "/products/mogra-votive-candle", name: "Mogra Votive Candle" } as const;
export const SANDALWOOD = {
  path: "/products/sandalwood-vetiver-soy-candle",
  name: "Sandalwood & Vetiver Soy Candle",
} as const;

/** An element by test id that the shopper can see (the drawer and the page can both hold one). */
export function shown(page: Page, testId: string): Locator {
  return page.getByTestId(testId).filter({ visible: true });
}

/** The header's cart count. The browser loads it, so it is absent until the shopper's cart is known. */
export function cartCount(page: Page): Locator {
  return shown(page, "cart-count");
}

export function drawer(page: Page): Locator {
  return page.getByTestId("cart-drawer");
}

/**
 * Lines on the cart page. The closed drawer stays in the document on every page (hidden), with lines of its own, so
 * the page's lines are looked up in <main> only.
 */
export function pageLines(page: Page): Locator {
  return page.getByRole("main").getByTestId("cart-line");
}

export function drawerLines(page: Page): Locator {
  return drawer(page).getByTestId("cart-line");
}

/** One line, by the product name a shopper reads on it. */
export function lineNamed(lines: Locator, name: string): Locator {
  return lines.filter({ has: lines.page().getByTestId("cart-line-name").getByText(name, { exact: true }) });
}

/**
 * Waits until React has hydrated the element, so a click runs the page's own handler. Before that a cart form
 * would be posted by the browser itself (the path for browsers without JavaScript) and the page would be left for
 * the cart page. Some controls show it (the quantity steppers turn on); for the others this looks for the props
 * React attaches to an element it has hydrated.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect(element).toBeVisible();
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))), {
      message: "the element is hydrated",
    })
    .toBe(true);
}

/**
 * Opens a product page and waits until it can be used: the variant's panel is in, the shopper's count is known
 * and the quantity stepper has turned on (it does once React runs the form).
 */
export async function openProduct(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const button = shown(page, "add-to-cart");
  await expect(button).toHaveAttribute("data-buyable", "true");
  await expect(cartCount(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Increase quantity", exact: true })).toBeEnabled();
  await waitForHydration(button);
  return button;
}

/** Adds a product from its page (the quantity it starts at) and waits for the API's confirmation. */
export async function addFromProductPage(page: Page, path: string, name: string): Promise<void> {
  const button = await openProduct(page, path);
  await button.click();
  await expect(shown(page, "cart-status")).toContainText(`Added to your cart. You have`);
  await expect(shown(page, "cart-status")).toContainText(`of ${name}.`);
  await expect(drawer(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
}

/** Opens the cart page and waits until its controls run in place. */
export async function openCartPage(page: Page): Promise<void> {
  await page.goto("/cart");
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(cartCount(page)).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByTestId("empty-cart").or(main.getByTestId("cart-line").first())).toBeVisible();
  if ((await pageLines(page).count()) > 0) await waitForHydration(pageLines(page).first().getByRole("button").last());
}
