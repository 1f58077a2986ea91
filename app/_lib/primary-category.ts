import type { Product } from "@commercengine/storefront-sdk";

type Category = Product["categories"][number];

/** The product's most specific category ("T-shirts" rather than "Clothing"): one no other listed category sits under. */
export function primaryCategory(product: Product): Category | null {
  const categories = product.categories ?? [];
  const parents = new Set(categories.map((category) => category.parent_category_id).filter(Boolean));
  return categories.find((category) => !parents.has(category.id)) ?? categories[0] ?? null;
}
