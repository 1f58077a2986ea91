/** Stands in for the results while they load: the same layout, so nothing jumps. */
export function SearchResultsSkeleton() {
  return (
    <div
      role="status"
      className="mt-6 grid gap-y-5 lg:mt-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-10 xl:grid-cols-[16.5rem_minmax(0,1fr)]"
    >
      <span className="sr-only">Loading results…</span>
      <div aria-hidden="true" className="flex h-10 items-center justify-between gap-3 lg:col-start-2 lg:row-start-1">
        <div className="h-4 w-40 animate-pulse rounded-full bg-subtle" />
        <div className="h-10 w-44 animate-pulse rounded-full bg-subtle" />
      </div>
      <div aria-hidden="true" className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <div className="h-11 animate-pulse rounded-full bg-subtle lg:hidden" />
        <div className="hidden space-y-8 lg:block">
          {[5, 8, 6].map((rows, section) => (
            <div key={section} className="animate-pulse space-y-3">
              <div className="h-4 w-24 rounded-full bg-subtle" />
              {Array.from({ length: rows }, (_, row) => (
                <div
                  key={row}
                  className="h-3.5 rounded-full bg-subtle"
                  style={{ width: `${55 + ((row * 17) % 40)}%` }}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
      <div aria-hidden="true" className="lg:col-start-2">
        <div className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-3 lg:gap-x-6 lg:gap-y-10 xl:grid-cols-4">
          {Array.from({ length: 8 }, (_, index) => (
            <div key={index} className="animate-pulse">
              <div className="aspect-square rounded-card bg-subtle" />
              <div className="mt-3 h-3 w-1/3 rounded-full bg-subtle" />
              <div className="mt-2 h-4 w-4/5 rounded-full bg-subtle" />
              <div className="mt-3 h-4 w-1/3 rounded-full bg-subtle" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
