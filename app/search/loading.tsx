import { SearchResultsSkeleton } from "./_components/search-results-skeleton";

/** Shown while /search itself loads: the page's own layout, not the generic grid. */
export default function SearchLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-16 sm:px-6 sm:pt-10 sm:pb-24 lg:px-8">
      <div aria-hidden="true" className="h-4 w-16 animate-pulse rounded-full bg-subtle" />
      <div aria-hidden="true" className="mt-3 h-8 w-56 max-w-full animate-pulse rounded-full bg-subtle sm:h-9" />
      <SearchResultsSkeleton />
    </div>
  );
}
