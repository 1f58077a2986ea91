import type { SearchProductsBody } from "@commercengine/storefront-sdk";
import { normalizeQuery } from "./search-query";

/**
 * The search page's state, parsed from and written back to the URL. Pure: no I/O, safe in client code.
 * Every state has exactly one URL (defaults dropped), so results can be shared and the back button works.
 */

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "rating", "name"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_SORT_LABELS: Record<SearchSort, string> = {
  relevance: "Relevance",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  rating: "Top rated",
  name: "Name: A to Z",
};

/** The API's sort keys per sort; relevance is the API's own order. */
const SORT_KEYS: Record<SearchSort, string[]> = {
  relevance: [],
  "price-asc": ["pricing.selling_price:asc"],
  "price-desc": ["pricing.selling_price:desc"],
  rating: ["rating:desc"],
  name: ["product_name:asc"],
};

/** Facets that take several values (OR within a facet, AND between facets), with their URL names. */
export const MULTI_FACETS = ["category", "color", "size"] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];

/** The API attribute behind each multi-value facet. */
export const FACET_ATTRIBUTES: Record<MultiFacet, string> = {
  category: "categories.name",
  color: "attributes.color",
  size: "attributes.size",
};

export const PRICE_ATTRIBUTE = "pricing.selling_price";
export const STOCK_ATTRIBUTE = "stock_available";
export const SEARCH_FACETS = [
  ...MULTI_FACETS.map((facet) => FACET_ATTRIBUTES[facet]),
  PRICE_ATTRIBUTE,
  STOCK_ATTRIBUTE,
];

export const RESULTS_PER_PAGE = 24;
/** Bounds on what the URL may ask for, so a crafted link cannot build an absurd request. */
const MAX_VALUES_PER_FACET = 20;
const MAX_VALUE_LENGTH = 100;
const MAX_PAGE = 10_000;
const MAX_PRICE = 100_000_000;

export interface SearchState {
  q: string;
  page: number;
  sort: SearchSort;
  category: string[];
  color: string[];
  size: string[];
  min: number | null;
  max: number | null;
  inStock: boolean;
}

export const DEFAULT_SEARCH_STATE: SearchState = {
  q: "",
  page: 1,
  sort: "relevance",
  category: [],
  color: [],
  size: [],
  min: null,
  max: null,
  inStock: false,
};

/** What Next.js hands a page as `searchParams`, or a URLSearchParams. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function all(params: RawSearchParams, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const first = (params: RawSearchParams, name: string): string | undefined => all(params, name)[0];

/** Any URL becomes a valid state: unknown or malformed values fall back to their defaults. */
export function parseSearchParams(params: RawSearchParams): SearchState {
  const min = parsePrice(first(params, "min"));
  const max = parsePrice(first(params, "max"));
  const [low, high] = min !== null && max !== null && min > max ? [max, min] : [min, max];
  return {
    q: normalizeQuery(first(params, "q") ?? ""),
    page: parsePage(first(params, "page")),
    sort: parseSort(first(params, "sort")),
    category: parseValues(all(params, "category")),
    color: parseValues(all(params, "color")),
    size: parseValues(all(params, "size")),
    min: low,
    max: high,
    inStock: ["1", "true", "on"].includes(first(params, "instock") ?? ""),
  };
}

function parsePage(raw: string | undefined): number {
  if (!raw || !/^\d+$/.test(raw.trim())) return 1;
  const page = Number(raw.trim());
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

function parseSort(raw: string | undefined): SearchSort {
  return SEARCH_SORTS.find((sort) => sort === raw) ?? "relevance";
}

/** Facet values compare as the API compares them: ignoring case. */
export function sameFacetValue(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en") === b.toLocaleLowerCase("en");
}

function parseValues(raw: string[]): string[] {
  const values: string[] = [];
  for (const entry of raw) {
    const value = entry.replace(/\s+/g, " ").trim();
    if (!value || value.length > MAX_VALUE_LENGTH || values.some((kept) => sameFacetValue(kept, value))) continue;
    values.push(value);
    if (values.length === MAX_VALUES_PER_FACET) break;
  }
  return values;
}

/** A non-negative amount ("1,499" and "₹999" are fine); anything else is no bound. */
function parsePrice(raw: string | undefined): number | null {
  const text = raw?.replace(/[\s,₹]/g, "") ?? "";
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const value = Math.round(Number(text) * 100) / 100;
  return Number.isFinite(value) && value <= MAX_PRICE ? value : null;
}

/** A filter string value: always double-quoted, with backslashes and quotes escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * The API filter for a state, or undefined when nothing is filtered. `omit` leaves one facet's own
 * condition out: its counts then show what picking another value of it would give.
 */
export function searchFilter(state: SearchState, omit?: MultiFacet): string | undefined {
  const conditions: string[] = [];
  for (const facet of MULTI_FACETS) {
    const values = state[facet];
    if (facet === omit || values.length === 0) continue;
    conditions.push(`${FACET_ATTRIBUTES[facet]} IN [${values.map(quoteFilterValue).join(", ")}]`);
  }
  if (state.min !== null && state.max !== null) conditions.push(`${PRICE_ATTRIBUTE} ${state.min} TO ${state.max}`);
  else if (state.min !== null) conditions.push(`${PRICE_ATTRIBUTE} >= ${state.min}`);
  else if (state.max !== null) conditions.push(`${PRICE_ATTRIBUTE} <= ${state.max}`);
  if (state.inStock) conditions.push(`${STOCK_ATTRIBUTE} = true`);
  return conditions.length > 0 ? conditions.join(" AND ") : undefined;
}

/** The `POST /catalog/products/search` body for a state. */
export function buildSearchBody(state: SearchState): SearchProductsBody {
  const filter = searchFilter(state);
  return {
    query: state.q,
    page: state.page,
    limit: RESULTS_PER_PAGE,
    facets: [...SEARCH_FACETS],
    ...(filter ? { filter } : {}),
    sort: [...SORT_KEYS[state.sort]],
  };
}

/** The URL parameters of a state, defaults dropped, in a fixed order. */
export function searchParamEntries(state: SearchState): [string, string][] {
  const entries: [string, string][] = [];
  if (state.q) entries.push(["q", state.q]);
  for (const facet of MULTI_FACETS) for (const value of state[facet]) entries.push([facet, value]);
  if (state.min !== null) entries.push(["min", String(state.min)]);
  if (state.max !== null) entries.push(["max", String(state.max)]);
  if (state.inStock) entries.push(["instock", "1"]);
  if (state.sort !== "relevance") entries.push(["sort", state.sort]);
  if (state.page > 1) entries.push(["page", String(state.page)]);
  return entries;
}

/** The URL of a state: `/search` plus whatever differs from the defaults. */
export function searchHref(state: SearchState): string {
  const query = new URLSearchParams(searchParamEntries(state)).toString();
  return query ? `/search?${query}` : "/search";
}

/** A state changed by `changes`; any change but a page change goes back to page 1. */
export function withChanges(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...changes };
}

export function hasFacetValue(state: SearchState, facet: MultiFacet, value: string): boolean {
  return state[facet].some((entry) => sameFacetValue(entry, value));
}

/** The state with `value` added to or removed from a multi-value facet. */
export function toggleFacetValue(state: SearchState, facet: MultiFacet, value: string): SearchState {
  const values = state[facet];
  return withChanges(state, {
    [facet]: hasFacetValue(state, facet, value)
      ? values.filter((entry) => !sameFacetValue(entry, value))
      : [...values, value],
  });
}

/** The same query with every facet, price and stock filter removed (sort kept). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...DEFAULT_SEARCH_STATE, q: state.q, sort: state.sort };
}

/** How many filters are applied (each facet value, the price range and in-stock count once). */
export function appliedFilterCount(state: SearchState): number {
  const facetValues = MULTI_FACETS.reduce((sum, facet) => sum + state[facet].length, 0);
  return facetValues + (state.min !== null || state.max !== null ? 1 : 0) + (state.inStock ? 1 : 0);
}

/** Facets, sort or a later page: the URL only reorders or narrows `/search?q=`, so search engines skip it. */
export function isRefined(state: SearchState): boolean {
  return appliedFilterCount(state) > 0 || state.sort !== "relevance" || state.page > 1;
}

/** The canonical URL of a search: the query alone. */
export function canonicalSearchHref(state: SearchState): string {
  return searchHref({ ...DEFAULT_SEARCH_STATE, q: state.q });
}
