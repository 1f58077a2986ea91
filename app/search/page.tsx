import type { Metadata } from "next";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { canonicalSearchHref, isRefined, parseSearchParams } from "@/app/_lib/search-params";
import { SearchResults } from "./_components/search-results";
import { SearchTitle } from "./_components/search-title";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The description is not here: metadata that reads the query string streams after the document's <head>, where
// crawlers that do not run scripts never see it. <SearchDescription> puts it in the head instead.
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

/**
 * `/search?q=…` renders whole on each request (its data is cached), without a loading skeleton: results that
 * stream into a shell are revealed by a script, at least 300 ms after the first paint (React batches reveals), so
 * the first product images would show late, and never without JavaScript. Navigations to it wait for its render;
 * said here, so development does not flag it as a slow navigation.
 */
export const instant = false;

export default function SearchPage({ searchParams }: SearchPageProps) {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-16 sm:px-6 sm:pt-10 sm:pb-24 lg:px-8">
      <SearchDescription />
      <p className="text-xs font-semibold tracking-[0.16em] text-brand uppercase sm:text-sm">Search</p>
      <h1 className="mt-2 font-display text-3xl leading-tight font-semibold tracking-tight break-words sm:text-4xl">
        <SearchTitle searchParams={searchParams} />
      </h1>
      <SearchResults searchParams={searchParams} />
    </div>
  );
}

/** The page's meta description, the same for every query; React hoists it into the <head> of the first response. */
async function SearchDescription() {
  const store = await storeInfoOrFallback();
  return (
    <meta
      name="description"
      content={`Search every product at ${store.name}, with filters for price, colour and size.`}
    />
  );
}
