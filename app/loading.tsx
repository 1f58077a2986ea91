import { ProductGridSkeleton } from "./_components/product-grid-skeleton";

/** Shown while a page's data loads; header and footer stay in place. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8" role="status">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="mb-8 animate-pulse">
        <div className="h-8 w-48 rounded-full bg-subtle" />
        <div className="mt-3 h-4 w-72 max-w-full rounded-full bg-subtle" />
      </div>
      <ProductGridSkeleton count={8} />
    </div>
  );
}
