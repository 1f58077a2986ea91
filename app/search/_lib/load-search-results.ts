import "server-only";
import type { Item, Product, SearchProductsBody, SearchProductsContent } from "@commercengine/storefront-sdk";
import { unstable_rethrow } from "next/navigation";
import {
  FACET_ATTRIBUTES,
  MULTI_FACETS,
  PRICE_ATTRIBUTE,
  RESULTS_PER_PAGE,
  STOCK_ATTRIBUTE,
  buildSearchBody,
  searchFilter,
  type MultiFacet,
  type SearchState,
} from "@/app/_lib/search-params";
import { InvalidSearchError, searchProducts } from "@/lib/commerce/catalog";
import { colorSwatches, productFacetCounts, type FacetCounts } from "./product-facets";
import { groupSkusByProduct, productFromSkus } from "@/app/_lib/product-from-skus";

/**
 * The search API pages through SKUs (one record per variant) and counts SKUs in its facets, while the
 * page shows products. So the results are read in batches of SKUs, grouped into products in ranking
 * order, and paged 24 products at a time; facet counts are counted in products too. Up to
 * MAX_SCANNED_SKUS matching SKUs (the whole demo catalog is ~200) everything is exact; beyond that only
 * the products among the first MAX_SCANNED_SKUS SKUs are paged and counts fall back to the API's.
 * Every batch is a cached `searchProducts` call, so repeat views make no API call.
 */
const SKU_BATCH = 100;
const MAX_SCANNED_SKUS = 1_000;

export interface SearchFacets {
  counts: Record<MultiFacet, FacetCounts>;
  /** Products with at least one SKU in stock. */
  inStock: number;
  /** Lowest and highest selling price among the results. */
  price: { min: number; max: number } | null;
  /** Colour name (lower case) → hex code. */
  swatches: Record<string, string>;
}

export type SearchResults =
  | {
      kind: "ok";
      /** This page's products. */
      products: Product[];
      /** Matching products (at least this many when `totalIsExact` is false). */
      total: number;
      totalIsExact: boolean;
      /** Pages that can be shown; a page past it has no products. */
      pageCount: number;
      facets: SearchFacets;
    }
  /** The API refused the filter (a 400): not an outage. */
  | { kind: "invalid" }
  /** The API could not be reached or failed. */
  | { kind: "unavailable" };

interface Scan {
  first: SearchProductsContent;
  skus: Item[];
  /** Every matching SKU was read. */
  complete: boolean;
}

async function scan(body: SearchProductsBody, { onlyIfComplete }: { onlyIfComplete: boolean }): Promise<Scan> {
  const first = await searchProducts({ ...body, page: 1, limit: SKU_BATCH });
  const totalPages = first.pagination.total_pages;
  const complete = totalPages * SKU_BATCH <= MAX_SCANNED_SKUS;
  if (!complete && onlyIfComplete) return { first, skus: first.skus, complete };
  const pages = Array.from({ length: Math.min(totalPages, MAX_SCANNED_SKUS / SKU_BATCH) - 1 }, (_, index) => index + 2);
  const rest = await Promise.all(pages.map((page) => searchProducts({ ...body, page, limit: SKU_BATCH, facets: [] })));
  return { first, skus: [first.skus, ...rest.map((result) => result.skus)].flat(), complete };
}

const counts = (source: Scan, attribute: string): FacetCounts =>
  source.complete ? productFacetCounts(source.skus, attribute) : (source.first.facet_distribution[attribute] ?? {});

/** One page of product results with their facets. Never rejects: a refusal or an outage is a result kind. */
export async function loadSearchResults(state: SearchState): Promise<SearchResults> {
  try {
    const body = buildSearchBody(state);
    const refined = MULTI_FACETS.filter((facet) => state[facet].length > 0);
    const [main, ...facetScans] = await Promise.all([
      scan({ ...body, facets: [...(body.facets ?? []), "product_id"] }, { onlyIfComplete: false }),
      // A facet with values picked is counted without its own filter, so its other values stay
      // visible with the counts they would add (multi-select within a facet is an OR).
      ...refined.map((facet) => {
        const filter = searchFilter(state, facet);
        return scan(
          {
            query: body.query,
            page: 1,
            limit: SKU_BATCH,
            facets: [FACET_ATTRIBUTES[facet]],
            ...(filter ? { filter } : {}),
          },
          { onlyIfComplete: true },
        );
      }),
    ]);

    const groups = groupSkusByProduct(main.skus);
    const start = (state.page - 1) * RESULTS_PER_PAGE;
    const products = groups.slice(start, start + RESULTS_PER_PAGE).map(productFromSkus);
    const productIds = Object.keys(main.first.facet_distribution.product_id ?? {}).length;

    const facetCounts = Object.fromEntries(
      MULTI_FACETS.map((facet) => {
        const source = facetScans[refined.indexOf(facet)] ?? main;
        return [facet, counts(source, FACET_ATTRIBUTES[facet])];
      }),
    ) as Record<MultiFacet, FacetCounts>;

    return {
      kind: "ok",
      products,
      total: main.complete ? groups.length : Math.max(groups.length, productIds),
      totalIsExact: main.complete,
      pageCount: Math.ceil(groups.length / RESULTS_PER_PAGE),
      facets: {
        counts: facetCounts,
        inStock: counts(main, STOCK_ATTRIBUTE).true ?? 0,
        price: main.first.facet_stats[PRICE_ATTRIBUTE] ?? null,
        swatches: colorSwatches([...main.skus, ...facetScans.flatMap((facetScan) => facetScan.skus)]),
      },
    };
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects) must pass through.
    unstable_rethrow(error);
    if (error instanceof InvalidSearchError) {
      console.warn(`[search] the API refused the filters: ${error instanceof Error ? error.message : String(error)}`);
      return { kind: "invalid" };
    }
    console.error(`[search] could not search: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: "unavailable" };
  }
}
