import Link from "next/link";
import { searchHref, withChanges, type SearchState } from "@/app/_lib/search-params";

/** A page number past the last page (an old or edited link): point back to the pages that exist. */
export function PastLastPage({ state, pageCount }: { state: SearchState; pageCount: number }) {
  return (
    <div
      data-testid="past-last-page"
      className="flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface px-6 py-10 text-center"
    >
      <h3 className="font-display text-xl font-semibold">There’s no page {state.page}</h3>
      <p className="mt-2 text-sm text-fg-muted">These results end on page {pageCount}.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link
          href={searchHref(withChanges(state, { page: 1 }))}
          className="inline-flex h-11 items-center rounded-full bg-brand px-5 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
        >
          Go to page 1
        </Link>
        {pageCount > 1 ? (
          <Link
            href={searchHref(withChanges(state, { page: pageCount }))}
            className="inline-flex h-11 items-center rounded-full border border-line-strong px-5 text-sm font-semibold transition-colors hover:bg-subtle"
          >
            Go to the last page
          </Link>
        ) : null}
      </div>
    </div>
  );
}
