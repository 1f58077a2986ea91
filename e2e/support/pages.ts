import { devices, type Locator } from "@playwright/test";

/** A phone to emulate in the suite's one browser (the device's own browser type would ask for another). */
export const { defaultBrowserType: _phoneBrowser, ...PHONE } = devices["Pixel 7"];

/** The pages a shopper lands on most: home, a category, a search, a product and the cart. */
export const MAIN_PAGES = ["/", "/categories/clothing", "/search?q=tee", "/products/classic-fleece-hoodie", "/cart"];

/** The smallest text a form control may have: iOS zooms the page into one with smaller text when it takes focus. */
export const NO_ZOOM_FONT_PX = 16;

/** A control's computed font size, in CSS pixels. */
export async function fontSizePx(control: Locator): Promise<number> {
  return control.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}
