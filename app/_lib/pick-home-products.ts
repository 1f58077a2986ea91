import type { Product } from "@commercengine/storefront-sdk";
import { productPrice } from "./product-price";

/** Home grids show whole rows: 4 or 8 cards (2 or 4 rows on phones). */
function wholeRows(products: Product[]): Product[] {
  return products.slice(0, products.length >= 8 ? 8 : 4);
}

/** Products tagged `new`; when fewer than a row are tagged, the catalog's first products instead. */
export function pickNewArrivals(products: Product[]): Product[] {
  const tagged = products.filter((product) => product.tags?.some((tag) => tag.toLowerCase() === "new"));
  return wholeRows(tagged.length >= 4 ? tagged : products);
}

/** Products selling below their listing price, deepest discount first. Empty when nothing is on sale. */
export function pickOnSale(products: Product[]): Product[] {
  const onSale = products
    .map((product) => ({ product, discount: productPrice(product).discountPercent }))
    .filter((entry): entry is { product: Product; discount: number } => entry.discount !== null)
    .sort((a, b) => b.discount - a.discount)
    .map((entry) => entry.product);
  return onSale.length >= 4 ? wholeRows(onSale) : onSale;
}

/** The biggest discount among products, for "Up to 30% off"; null when none is on sale. */
export function biggestDiscount(products: Product[]): number | null {
  const discounts = products.map((product) => productPrice(product).discountPercent ?? 0);
  const biggest = Math.max(0, ...discounts);
  return biggest > 0 ? biggest : null;
}

/** A product to picture a category with: a bestseller in it if there is one, else its first product. */
export function pickCategoryProduct(products: Product[], categoryId: string): Product | null {
  const inCategory = products.filter(
    (product) => product.images[0] && product.categories?.some((category) => category.id === categoryId),
  );
  return inCategory.find((product) => product.tags?.includes("bestseller")) ?? inCategory[0] ?? null;
}
