/** The cart page while this shopper's cart loads. */
export function CartPageSkeleton() {
  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]" aria-hidden="true">
      <div className="space-y-6">
        {[0, 1].map((index) => (
          <div key={index} className="flex gap-4">
            <div className="size-24 animate-pulse rounded-control bg-subtle sm:size-28" />
            <div className="flex-1 space-y-3 pt-1">
              <div className="h-4 w-2/3 animate-pulse rounded bg-subtle" />
              <div className="h-3 w-1/3 animate-pulse rounded bg-subtle" />
              <div className="h-10 w-32 animate-pulse rounded-full bg-subtle" />
            </div>
          </div>
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-card bg-subtle" />
    </div>
  );
}
