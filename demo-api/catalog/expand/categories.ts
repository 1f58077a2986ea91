import type { Category } from "@commercengine/storefront-sdk";
import type { CategorySeed, ProductSeed } from "../seed/types";
import { stableId } from "./ids";

export interface CategoryTree {
  /** Every category, in seed order. */
  categories: Category[];
  /** The category with `slug` and its ancestors, root first. */
  pathTo(slug: string): Category[];
}

/** Expands category seeds; `product_count` counts products in a category or any of its descendants. */
export function expandCategories(seeds: CategorySeed[], products: ProductSeed[]): CategoryTree {
  const seedBySlug = new Map(seeds.map((seed) => [seed.slug, seed]));

  const slugPath = (slug: string): string[] => {
    const path: string[] = [];
    for (let current: string | null = slug; current !== null;) {
      const seed = seedBySlug.get(current);
      if (!seed) throw new Error(`Unknown category "${current}"`);
      if (path.includes(current)) throw new Error(`Category cycle at "${current}"`);
      path.unshift(current);
      current = seed.parentSlug;
    }
    return path;
  };

  const productPaths = products.map((product) => slugPath(product.categorySlug));
  const categoryBySlug = new Map<string, Category>(
    seeds.map((seed) => [
      seed.slug,
      {
        id: stableId("category", seed.slug),
        name: seed.name,
        slug: seed.slug,
        description: seed.description,
        parent_category_id: seed.parentSlug === null ? null : stableId("category", seed.parentSlug),
        product_count: productPaths.filter((path) => path.includes(seed.slug)).length,
        active: true,
      },
    ]),
  );

  return {
    categories: [...categoryBySlug.values()],
    pathTo: (slug) =>
      slugPath(slug).map((pathSlug) => {
        const category = categoryBySlug.get(pathSlug);
        if (!category) throw new Error(`Unknown category "${pathSlug}"`);
        return category;
      }),
  };
}
