import type { Item, SearchProductsContent } from "@commercengine/storefront-sdk";
import { paginate } from "../http/query";
import { computeFacets, expandFacetNames } from "./facets";
import { matchesFilter, toSearchRecord, type SearchRecord } from "./filter-eval";
import { parseSearchRequest } from "./search-request";
import { compareBySortKeys } from "./sort-order";
import { compareRelevance, textRelevance, type TextRelevance } from "./text-query";

export { FilterSyntaxError, SearchRequestError } from "./errors";

export type SearchSkusResult = SearchProductsContent;

interface Hit {
  item: Item;
  record: SearchRecord;
  relevance: TextRelevance;
}

/**
 * `POST /catalog/products/search` over the store's sellable SKUs (one Item per variant or simple
 * product). Throws SearchRequestError (FilterSyntaxError for a bad `filter`) on an invalid body.
 *
 * Results are ordered by the explicit `sort` keys first, then by text relevance, then in catalog
 * order. (Meilisearch ranks relevance before `sort`; a shop's "price: low to high" should win.)
 */
export function searchSkus(items: readonly Item[], body: unknown): SearchSkusResult {
  const request = parseSearchRequest(body);
  const candidates = items.map((item) => ({ item, record: toSearchRecord(item) }));

  const hits: Hit[] = candidates.flatMap(({ item, record }) => {
    if (request.filter !== null && !matchesFilter(record, request.filter)) return [];
    const relevance = textRelevance(item, request.terms);
    return relevance === null ? [] : [{ item, record, relevance }];
  });
  // Array.prototype.sort is stable, so ties keep catalog order.
  hits.sort(
    (a, b) => compareBySortKeys(a.record, b.record, request.sort) || compareRelevance(a.relevance, b.relevance),
  );

  const facets = computeFacets(
    hits.map((hit) => hit.record),
    expandFacetNames(
      request.facets,
      candidates.map((candidate) => candidate.record),
    ),
  );
  const page = paginate(hits, request);
  return { skus: page.items.map((hit) => hit.item), ...facets, pagination: page.pagination };
}
