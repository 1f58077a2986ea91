import { expandCategories } from "./expand/categories";
import { expandProduct } from "./expand/products";
import { expandStoreConfig } from "./expand/store";
import { CATEGORY_SEEDS } from "./seed/categories";
import { COUPONS } from "./seed/coupons";
import { PRODUCT_SEEDS } from "./seed/products";
import { STORE_SEED } from "./seed/store";
import type { DemoCatalog } from "./types";

export type { DemoCatalog, DemoCoupon } from "./types";

export interface BuildCatalogOptions {
  /** Where demo-api/images is served, without a trailing slash, e.g. "http://127.0.0.1:4010/images". */
  imageBaseUrl: string;
}

/** The whole demo store, expanded from the seeds into the API's wire shapes. */
export function buildCatalog({ imageBaseUrl }: BuildCatalogOptions): DemoCatalog {
  const baseUrl = imageBaseUrl.replace(/\/+$/, "");
  const categoryTree = expandCategories(CATEGORY_SEEDS, PRODUCT_SEEDS);
  const knownSlugs = new Set(PRODUCT_SEEDS.map((seed) => seed.slug));
  return {
    storeConfig: expandStoreConfig(baseUrl),
    categories: categoryTree.categories,
    products: PRODUCT_SEEDS.map((seed) =>
      expandProduct(seed, { imageBaseUrl: baseUrl, storeName: STORE_SEED.name, categoryTree, knownSlugs }),
    ),
    coupons: COUPONS.map((coupon) => ({ ...coupon })),
  };
}
