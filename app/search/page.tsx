import type { Metadata } from "next";
import { Suspense } from "react";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { canonicalSearchHref, isRefined, parseSearchParams } from "@/app/_lib/search-params";
import { SearchResults } from "./_components/search-results";
import { SearchResultsSkeleton } from "./_components/search-results-skeleton";
import { SearchTitle } from "./_components/search-title";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The description is not here: metadata that reads the query string streams after the document's <head>, where
// crawlers that do not run scripts never see it. <SearchDescription> puts it in the prerendered head instead.
export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const state = parseSearchParams(await searchParams);
  return {
    title: state.q ? `Search results for “${state.q}”` : "All products",
    description: null,
    alternates: { canonical: canonicalSearchHref(state) },
    // Facets, sorts and later pages only narrow or reorder the query's results.
    ...(isRefined(state) ? { robots: { index: false, follow: true } } : {}),
  };
}

/** `/search?q=…`: the static shell (heading, layout) prerenders; everything read from the URL streams in. */
export default function SearchPage({ searchParams }: SearchPageProps) {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-16 sm:px-6 sm:pt-10 sm:pb-24 lg:px-8">
      <SearchDescription />
      <p className="text-xs font-semibold tracking-[0.16em] text-brand uppercase sm:text-sm">Search</p>
      <h1 className="mt-2 font-display text-3xl leading-tight font-semibold tracking-tight break-words sm:text-4xl">
        <Suspense
          fallback={
            <span
              aria-hidden="true"
              className="inline-block h-[0.8em] w-56 max-w-full animate-pulse rounded-full bg-subtle align-middle"
            />
          }
        >
          <SearchTitle searchParams={searchParams} />
        </Suspense>
      </h1>
      <Suspense fallback={<SearchResultsSkeleton />}>
        <SearchResults searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/** The page's meta description, the same for every query; React hoists it into the prerendered <head>. */
async function SearchDescription() {
  const store = await storeInfoOrFallback();
  return (
    <meta
      name="description"
      content={`Search every product at ${store.name}, with filters for price, colour and size.`}
    />
  );
}
