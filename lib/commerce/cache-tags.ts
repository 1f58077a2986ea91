/**
 * Tags on cached catalog reads. `POST /api/revalidate` expires them after a merchant edits the
 * catalog: `catalog` for everything, or one product or category.
 */
export const CATALOG_TAG = "catalog";
export const STORE_TAG = "store";
export const CATEGORIES_TAG = "categories";
export const productTag = (slug: string) => `product:${slug}`;
export const categoryTag = (slug: string) => `category:${slug}`;
