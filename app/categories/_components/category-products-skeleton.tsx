import { ProductGridSkeleton } from "@/app/_components/product-grid-skeleton";
import { CATEGORY_PAGE_SIZE } from "../_lib/listing-params";

/** Stand-in for <CategoryProducts> while it loads: same toolbar height and grid, so nothing jumps. */
export function CategoryProductsSkeleton() {
  return (
    <div className="pt-5 sm:pt-6" role="status">
      <span className="sr-only">Loading products…</span>
      <div aria-hidden="true" className="mb-6 flex items-center justify-between gap-4 sm:mb-8">
        <div className="h-4 w-44 animate-pulse rounded-full bg-subtle" />
        <div className="h-10 w-52 animate-pulse rounded-full bg-subtle" />
      </div>
      <ProductGridSkeleton count={CATEGORY_PAGE_SIZE} />
    </div>
  );
}
