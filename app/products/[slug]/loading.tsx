/** The product page's skeleton: breadcrumbs, gallery and purchase panel in the page's own grid, so nothing jumps. */
export default function ProductLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6 sm:pt-6 lg:px-8" role="status">
      <span className="sr-only">Loading product…</span>
      <div aria-hidden="true" className="animate-pulse">
        <div className="h-4 w-64 max-w-full rounded-full bg-subtle" />
        <div className="mt-4 grid gap-x-10 gap-y-6 md:mt-6 md:grid-cols-2 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] lg:gap-x-14">
          <div>
            <div className="-mx-4 aspect-square bg-subtle sm:mx-0 sm:rounded-card" />
            <div className="mt-3 flex gap-2 sm:gap-3">
              {Array.from({ length: 4 }, (_, index) => (
                <div key={index} className="size-16 rounded-control bg-subtle sm:size-[4.5rem]" />
              ))}
            </div>
          </div>
          <div className="md:pt-2">
            <div className="h-9 w-4/5 rounded-full bg-subtle" />
            <div className="mt-3 h-4 w-32 rounded-full bg-subtle" />
            <div className="mt-5 h-4 w-full rounded-full bg-subtle" />
            <div className="mt-2 h-4 w-2/3 rounded-full bg-subtle" />
            <div className="mt-6 border-t border-line pt-6">
              <div className="h-8 w-36 rounded-full bg-subtle" />
              <div className="mt-6 h-4 w-20 rounded-full bg-subtle" />
              <div className="mt-3 flex gap-2">
                {Array.from({ length: 4 }, (_, index) => (
                  <div key={index} className="size-11 rounded-full bg-subtle" />
                ))}
              </div>
              <div className="mt-5 h-4 w-16 rounded-full bg-subtle" />
              <div className="mt-3 flex gap-2">
                {Array.from({ length: 5 }, (_, index) => (
                  <div key={index} className="h-11 w-[3.25rem] rounded-full bg-subtle" />
                ))}
              </div>
              <div className="mt-6 h-12 w-full rounded-full bg-subtle" />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
