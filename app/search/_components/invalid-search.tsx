import Link from "next/link";
import type { CategoryNode } from "@/lib/commerce/categories";
import { searchHref, withoutFilters, type SearchState } from "@/app/_lib/search-params";
import { CategoryLinks } from "./category-links";

/** The API refused this combination of filters (too many, say): say so and offer the plain search. */
export function InvalidSearch({ state, categories }: { state: SearchState; categories: CategoryNode[] }) {
  return (
    <div data-testid="invalid-search" className="mt-6 sm:mt-8">
      <div className="flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface px-6 py-10 text-center sm:py-14">
        <h2 className="font-display text-xl font-semibold tracking-tight sm:text-2xl">
          We couldn’t apply these filters
        </h2>
        <p className="mt-2 max-w-md text-sm leading-relaxed text-fg-muted sm:text-base">
          This link asks for a combination of filters the store can’t search. Start again from the plain search.
        </p>
        <Link
          href={searchHref(withoutFilters(state))}
          className="mt-6 inline-flex h-11 items-center rounded-full bg-brand px-5 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
        >
          {state.q ? `Search for “${state.q}”` : "Browse all products"}
        </Link>
      </div>
      <CategoryLinks categories={categories} />
    </div>
  );
}
