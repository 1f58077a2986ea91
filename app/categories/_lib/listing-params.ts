import type { ProductListQuery } from "@/lib/commerce/catalog";

/** Products per category page. */
export const CATEGORY_PAGE_SIZE = 8;
/** Far beyond any real catalog; a larger `?page=` is treated as nonsense. */
const MAX_PAGE = 10_000;

export const SORT_OPTIONS = [
  { value: "newest", label: "Newest", sort: undefined },
  { value: "price-asc", label: "Price: low to high", sort: { field: "selling_price", direction: "asc" } },
  { value: "price-desc", label: "Price: high to low", sort: { field: "selling_price", direction: "desc" } },
  { value: "name", label: "Name: A to Z", sort: { field: "name", direction: "asc" } },
  { value: "rating", label: "Top rated", sort: { field: "rating", direction: "desc" } },
] as const satisfies readonly { value: string; label: string; sort: ProductListQuery["sort"] }[];

export type SortValue = (typeof SORT_OPTIONS)[number]["value"];
export const DEFAULT_SORT: SortValue = "newest";

export interface ListingParams {
  sort: SortValue;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** `?sort=&page=` from the URL; anything unknown or malformed falls back to the defaults. */
export function parseListingParams(searchParams: SearchParams): ListingParams {
  const rawSort = first(searchParams.sort);
  const sort = SORT_OPTIONS.find((option) => option.value === rawSort)?.value ?? DEFAULT_SORT;
  const rawPage = first(searchParams.page);
  const page = rawPage && /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : 1;
  return { sort, page: page >= 1 && page <= MAX_PAGE ? page : 1 };
}

/** Whether this is a variant of the category's canonical page (sorted or past page 1). */
export function isListingVariant({ sort, page }: ListingParams): boolean {
  return sort !== DEFAULT_SORT || page !== 1;
}

/**
 * The data layer's query for a category listing. Built the same way everywhere (no `sort` key at all for
 * the API's own order), so equal listings share one cache entry.
 */
export function listingQuery(slug: string, { sort, page }: ListingParams): ProductListQuery {
  const sortBy = SORT_OPTIONS.find((option) => option.value === sort)?.sort;
  return { categorySlug: slug, page, limit: CATEGORY_PAGE_SIZE, ...(sortBy ? { sort: sortBy } : {}) };
}

/** A category URL with the given sort and page, leaving defaults out of the query string. */
export function listingHref(slug: string, { sort, page }: ListingParams): string {
  const query = new URLSearchParams();
  if (sort !== DEFAULT_SORT) query.set("sort", sort);
  if (page !== 1) query.set("page", String(page));
  const search = query.toString();
  return `/categories/${encodeURIComponent(slug)}${search ? `?${search}` : ""}`;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
