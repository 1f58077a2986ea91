/** Placeholder for <ProductGrid> while products load; same grid, so nothing jumps. */
export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <div
      aria-hidden="true"
      className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-4 lg:gap-x-6 lg:gap-y-10"
    >
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="animate-pulse">
          <div className="aspect-square rounded-card bg-subtle" />
          <div className="mt-3 h-3 w-1/3 rounded-full bg-subtle" />
          <div className="mt-2 h-4 w-4/5 rounded-full bg-subtle" />
          <div className="mt-3 h-4 w-1/3 rounded-full bg-subtle" />
        </div>
      ))}
    </div>
  );
}
