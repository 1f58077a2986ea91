import "server-only";
import type {
  Item,
  Pagination,
  Product,
  ProductDetail,
  SearchProductsBody,
  SearchProductsContent,
} from "@commercengine/storefront-sdk";
import { cacheLife, cacheTag } from "next/cache";
import { CATALOG_TAG, categoryTag, productTag } from "./cache-tags";
import { CommerceApiError, publicApi, unwrap } from "./client";

/**
 * Catalog reads. They use the public (API-key) client, so their answers are the same for every
 * shopper: each is cached ("use cache") and tagged, and a page view normally makes no API call.
 */

export type ProductSortField = "name" | "selling_price" | "rating";
export interface ProductListQuery {
  page?: number;
  limit: number;
  categorySlug?: string;
  sort?: { field: ProductSortField; direction: "asc" | "desc" };
  inStockOnly?: boolean;
}

export interface ProductPage {
  products: Product[];
  pagination: Pagination;
}

export async function listProducts(query: ProductListQuery): Promise<ProductPage> {
  "use cache";
  cacheLife("hours");
  cacheTag(CATALOG_TAG);
  if (query.categorySlug) cacheTag(categoryTag(query.categorySlug));
  const { products, pagination } = unwrap(
    await publicApi().catalog.listProducts({
      limit: query.limit,
      page: query.page ?? 1,
      ...(query.categorySlug ? { category_slug: [query.categorySlug] } : {}),
      ...(query.sort ? { sort_by: JSON.stringify({ [query.sort.field]: query.sort.direction }) } : {}),
      ...(query.inStockOnly ? { inventory: true } : {}),
    }),
  );
  return { products, pagination };
}

/** A product by slug (or id), or null when the store has no such product. */
export async function getProduct(slug: string): Promise<ProductDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(CATALOG_TAG, productTag(slug));
  const result = await publicApi().catalog.getProductDetail({ product_id: slug });
  if (result.response.status === 404) return null;
  return unwrap(result).product;
}

/** Products like this one, one record each (the default variant). */
export async function listSimilarProducts(productId: string, limit = 8): Promise<Item[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(CATALOG_TAG);
  const { products } = unwrap(await publicApi().catalog.listSimilarProducts({ product_id: [productId], limit }));
  return products;
}

/** Raised when the API refuses a search as malformed (a broken filter, say): a 400, not an outage. */
export class InvalidSearchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidSearchError";
  }
}

/** `POST /catalog/products/search`: one record per sellable SKU, with facets. Cached briefly. */
export async function searchProducts(body: SearchProductsBody): Promise<SearchProductsContent> {
  const result = await cachedSearch(body);
  // Thrown outside the cache: an error thrown inside "use cache" loses its class on the way out.
  if (!result.ok) throw new InvalidSearchError(result.message);
  return result.content;
}

type SearchOutcome = { ok: true; content: SearchProductsContent } | { ok: false; message: string };

async function cachedSearch(body: SearchProductsBody): Promise<SearchOutcome> {
  "use cache";
  cacheLife("minutes");
  cacheTag(CATALOG_TAG);
  try {
    return { ok: true, content: unwrap(await publicApi().catalog.searchProducts(body)) };
  } catch (error) {
    if (error instanceof CommerceApiError && error.status === 400) return { ok: false, message: error.message };
    throw error;
  }
}
