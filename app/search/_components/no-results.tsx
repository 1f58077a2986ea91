import Link from "next/link";
import type { CategoryNode } from "@/lib/commerce/categories";
import { searchHref, withoutFilters, type SearchState } from "@/app/_lib/search-params";
import { SearchIcon } from "@/app/_components/icons";
import { CategoryLinks } from "./category-links";

/** An empty result that says why and offers ways on: drop the filters, search all products, browse categories. */
export function NoResults({
  state,
  categories,
  filtered = false,
}: {
  state: SearchState;
  categories: CategoryNode[];
  /** Filters are applied (the query alone may have matches). */
  filtered?: boolean;
}) {
  return (
    <div data-testid="no-results" className={filtered ? "" : "mt-6 sm:mt-8"}>
      <div className="flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface px-6 py-10 text-center sm:py-14">
        <span className="grid size-12 place-items-center rounded-full bg-subtle text-fg-muted">
          <SearchIcon className="size-6" />
        </span>
        <h2 className="mt-4 font-display text-xl font-semibold tracking-tight text-balance sm:text-2xl">
          {state.q ? (
            <>
              No products match “<span className="break-all">{state.q}</span>”
            </>
          ) : (
            "No products match"
          )}
          {filtered ? " with these filters" : null}
        </h2>
        <p className="mt-2 max-w-md text-sm leading-relaxed text-fg-muted sm:text-base">
          {filtered
            ? "Try removing a filter or two, or clear them all to see everything that matches."
            : "Check the spelling, try a more general word, or browse a category below."}
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          {filtered ? (
            <Link
              href={searchHref(withoutFilters(state))}
              rel="nofollow"
              className="inline-flex h-11 items-center rounded-full bg-brand px-5 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
            >
              Clear all filters
            </Link>
          ) : null}
          <Link
            href="/search"
            className={`inline-flex h-11 items-center rounded-full px-5 text-sm font-semibold transition-colors ${
              filtered ? "border border-line-strong hover:bg-subtle" : "bg-brand text-on-brand hover:bg-brand-hover"
            }`}
          >
            Browse all products
          </Link>
        </div>
      </div>
      <CategoryLinks categories={categories} />
    </div>
  );
}
