import { devices } from "@playwright/test";

/** A phone to emulate in the suite's one browser (the device's own browser type would ask for another). */
export const { defaultBrowserType: _phoneBrowser, ...PHONE } = devices["Pixel 7"];

/** The pages a shopper lands on most: home, a category, a search, a product and the cart. */
export const MAIN_PAGES = ["/", "/categories/clothing", "/search?q=tee", "/products/classic-fleece-hoodie", "/cart"];
