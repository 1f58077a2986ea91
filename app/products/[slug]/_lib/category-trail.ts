import type { Product } from "@commercengine/storefront-sdk";
import { primaryCategory } from "@/app/_lib/primary-category";

type Category = Product["categories"][number];

/** The product's category path, top level first ("Clothing", "Hoodies & Sweatshirts"), from its listed categories. */
export function categoryTrail(product: Product): Category[] {
  const categories = product.categories ?? [];
  const byId = new Map(categories.map((category) => [category.id, category]));
  const trail: Category[] = [];
  for (let category = primaryCategory(product); category && !trail.includes(category);) {
    trail.unshift(category);
    category = category.parent_category_id ? (byId.get(category.parent_category_id) ?? null) : null;
  }
  return trail;
}
