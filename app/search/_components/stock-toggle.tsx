import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { searchHref, withChanges, type SearchState } from "@/app/_lib/search-params";

/**
 * "In stock only" as a link drawn as a switch; it turns the filter on or off. Once tapped, the switch moves while
 * the filtered listing loads.
 */
export function StockToggle({ state, count }: { state: SearchState; count: number }) {
  const on = state.inStock;
  return (
    <Link
      href={searchHref(withChanges(state, { inStock: !on }))}
      rel="nofollow"
      scroll={false}
      data-selected={on || undefined}
      className="group/toggle -mx-2 flex min-h-10 items-center gap-3 rounded-lg px-2 py-1.5 text-sm transition-colors hover:bg-subtle"
    >
      <span
        aria-hidden="true"
        className={`relative h-5 w-9 shrink-0 rounded-full transition-colors ${
          on
            ? "bg-brand group-has-[[data-navigation-pending]]/toggle:bg-line-strong"
            : "bg-line-strong group-has-[[data-navigation-pending]]/toggle:bg-brand"
        }`}
      >
        <span
          className={`absolute top-0.5 left-0.5 size-4 rounded-full bg-surface shadow-sm transition-transform ${
            on
              ? "translate-x-4 group-has-[[data-navigation-pending]]/toggle:translate-x-0"
              : "group-has-[[data-navigation-pending]]/toggle:translate-x-4"
          }`}
        />
      </span>
      <span className="flex-1 font-medium text-fg">
        {on ? <span className="sr-only">Remove filter: </span> : null}
        In stock only
      </span>
      <span className="text-xs text-fg-muted tabular-nums">
        {count}
        <span className="sr-only"> {count === 1 ? "product" : "products"}</span>
      </span>
      <LinkPendingMarker />
    </Link>
  );
}
