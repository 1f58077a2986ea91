import { ApiUnavailableNotice } from "@/app/_components/api-unavailable-notice";
import { SortMenu, type SortChoice } from "@/app/_components/sort-menu";
import {
  SEARCH_SORTS,
  SEARCH_SORT_LABELS,
  appliedFilterCount,
  parseSearchParams,
  searchHref,
  searchParamEntries,
  withChanges,
  type RawSearchParams,
  type SearchState,
} from "@/app/_lib/search-params";
import { FADE_WHILE_LISTING_LOADS, LISTING_SCOPE } from "@/app/_lib/listing-pending-styles";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { categoryTreeOrEmpty } from "../_lib/category-tree-or-empty";
import { loadSearchResults } from "../_lib/load-search-results";
import { AppliedFilters } from "./applied-filters";
import { FacetPanel } from "./facet-panel";
import { FilterDisclosure } from "./filter-disclosure";
import { InvalidSearch } from "./invalid-search";
import { NoResults } from "./no-results";
import { PastLastPage } from "./past-last-page";
import { SearchResultGrid } from "./search-result-grid";
import { SearchPagination } from "./search-pagination";

/** Everything on /search that depends on the URL: count, sort, facets, applied filters, grid, pages. */
export async function SearchResults({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const state = parseSearchParams(await searchParams);
  const [results, categories, store] = await Promise.all([
    loadSearchResults(state),
    categoryTreeOrEmpty(),
    storeInfoOrFallback(),
  ]);

  if (results.kind === "unavailable") {
    return (
      <div className="mt-8">
        <ApiUnavailableNotice retryHref={searchHref(state)} />
      </div>
    );
  }
  if (results.kind === "invalid") return <InvalidSearch state={state} categories={categories} />;

  const filterCount = appliedFilterCount(state);
  if (results.total === 0 && filterCount === 0) return <NoResults state={state} categories={categories} />;

  return (
    <div
      className={`${LISTING_SCOPE} mt-5 grid gap-y-5 sm:mt-6 lg:mt-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-10 xl:grid-cols-[16.5rem_minmax(0,1fr)]`}
    >
      <div className="flex min-h-10 flex-wrap items-center justify-between gap-x-4 gap-y-3 lg:col-start-2 lg:row-start-1">
        <p className="text-sm text-fg-muted sm:text-[0.9375rem]" data-testid="result-count">
          <ResultCount total={results.total} exact={results.totalIsExact} query={state.q} />
        </p>
        {results.total > 1 ? (
          <SortMenu action="/search" kept={keptBySort(state)} value={state.sort} choices={sortChoices(state)} />
        ) : null}
      </div>

      <FilterDisclosure count={filterCount} className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <FacetPanel state={state} facets={results.facets} categories={categories} currency={store.currency} />
      </FilterDisclosure>

      <section aria-labelledby="results-heading" className="min-w-0 lg:col-start-2">
        <h2 id="results-heading" className="sr-only">
          Products
        </h2>
        {filterCount > 0 ? <AppliedFilters state={state} currency={store.currency} /> : null}
        {results.total === 0 ? (
          <NoResults state={state} categories={categories} filtered />
        ) : results.products.length === 0 ? (
          <PastLastPage state={state} pageCount={results.pageCount} />
        ) : (
          <>
            {/* The page numbers keep their colour: the tapped one pulses. */}
            <div className={FADE_WHILE_LISTING_LOADS}>
              <SearchResultGrid products={results.products} />
            </div>
            <SearchPagination state={state} pageCount={results.pageCount} />
            {!results.totalIsExact && state.page >= results.pageCount ? (
              <p className="mt-8 text-center text-sm text-fg-muted">
                That’s as far as this list goes. Narrow your search or add a filter to see more.
              </p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

function ResultCount({ total, exact, query }: { total: number; exact: boolean; query: string }) {
  const noun = query ? (total === 1 ? "result" : "results") : total === 1 ? "product" : "products";
  return (
    <>
      {exact ? null : "More than "}
      <strong className="font-semibold text-fg tabular-nums">{total.toLocaleString("en-IN")}</strong> {noun}
      {query ? (
        <>
          {" "}
          for <span className="font-medium text-fg">“{query}”</span>
        </>
      ) : null}
    </>
  );
}

/** The search in each order (back on page 1). */
function sortChoices(state: SearchState): SortChoice[] {
  return SEARCH_SORTS.map((sort) => ({
    value: sort,
    label: SEARCH_SORT_LABELS[sort],
    href: searchHref(withChanges(state, { sort })),
  }));
}

/** The words and filters a new order keeps, for the form without JavaScript. */
function keptBySort(state: SearchState): [string, string][] {
  return searchParamEntries(state).filter(([name]) => name !== "sort" && name !== "page");
}
