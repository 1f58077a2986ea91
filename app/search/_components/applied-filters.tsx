import Link from "next/link";
import { formatPrice } from "@/app/_lib/format-price";
import {
  MULTI_FACETS,
  searchHref,
  toggleFacetValue,
  withChanges,
  withoutFilters,
  type MultiFacet,
  type SearchState,
} from "@/app/_lib/search-params";
import { CloseIcon } from "@/app/_components/icons";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { PULSE_WHILE_LOADING } from "@/app/_lib/listing-pending-styles";

const FACET_NAMES: Record<MultiFacet, string> = { category: "Category", color: "Colour", size: "Size" };

/** The filters in force as removable chips, and "Clear all". */
export function AppliedFilters({ state, currency }: { state: SearchState; currency: { code: string } }) {
  const chips: { key: string; label: string; kind: string; href: string }[] = [];
  for (const facet of MULTI_FACETS) {
    for (const value of state[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        kind: FACET_NAMES[facet],
        label: value,
        href: searchHref(toggleFacetValue(state, facet, value)),
      });
    }
  }
  if (state.min !== null || state.max !== null) {
    const price = (amount: number) => formatPrice(amount, currency.code);
    chips.push({
      key: "price",
      kind: "Price",
      label:
        state.min !== null && state.max !== null
          ? `${price(state.min)} – ${price(state.max)}`
          : state.min !== null
            ? `${price(state.min)} and up`
            : `Up to ${price(state.max ?? 0)}`,
      href: searchHref(withChanges(state, { min: null, max: null })),
    });
  }
  if (state.inStock) {
    chips.push({
      key: "stock",
      kind: "Availability",
      label: "In stock",
      href: searchHref(withChanges(state, { inStock: false })),
    });
  }

  return (
    <div className="mb-6 flex flex-wrap items-center gap-2" data-testid="applied-filters">
      <h3 className="sr-only">Applied filters</h3>
      <ul role="list" className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              rel="nofollow"
              scroll={false}
              className={`group inline-flex h-8 items-center gap-1.5 rounded-full bg-brand-soft pr-2 pl-3 text-sm font-medium text-fg ring-1 ring-brand/25 transition-colors ring-inset hover:ring-brand/60 ${PULSE_WHILE_LOADING}`}
            >
              <span className="sr-only">Remove filter {chip.kind}: </span>
              {chip.label}
              <CloseIcon className="size-4 text-fg-muted transition-colors group-hover:text-fg" />
              <LinkPendingMarker />
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 0 ? (
        <Link
          href={searchHref(withoutFilters(state))}
          rel="nofollow"
          scroll={false}
          className={`ml-1 inline-flex h-8 items-center rounded-full px-2 text-sm font-semibold text-brand underline-offset-4 hover:text-brand-hover hover:underline ${PULSE_WHILE_LOADING}`}
        >
          Clear all
          <LinkPendingMarker />
        </Link>
      ) : null}
    </div>
  );
}
