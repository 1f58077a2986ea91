import { CategoryProductsSkeleton } from "../_components/category-products-skeleton";

/** A category while its page loads: breadcrumb, heading and chips placeholders over the grid's skeleton. */
export default function CategoryLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 sm:px-6 sm:pt-8 lg:px-8">
      <div aria-hidden="true" className="animate-pulse border-b border-line pb-6 sm:pb-8">
        <div className="h-4 w-40 rounded-full bg-subtle" />
        <div className="mt-6 h-10 w-56 rounded-full bg-subtle sm:mt-8 sm:h-12 sm:w-72" />
        <div className="mt-4 h-4 w-full max-w-xl rounded-full bg-subtle" />
        <div className="mt-6 flex gap-2 sm:mt-8">
          <div className="h-10 w-28 rounded-full bg-subtle" />
          <div className="h-10 w-24 rounded-full bg-subtle" />
          <div className="h-10 w-32 rounded-full bg-subtle" />
        </div>
      </div>
      <CategoryProductsSkeleton />
    </div>
  );
}
