import { matchesSelection, type Selection } from "@/app/_lib/variant-selection";
import type { ProductView, VariantView } from "./product-view";

export interface PriceSummary {
  amount: number;
  /** The list price, struck through, when the shopper pays less. */
  compareAt: number | null;
  /** "You save ₹200 (17%)": null when not on sale. */
  saving: { amount: number; percent: number } | null;
  /** Several prices are still possible: the amount reads "From ₹…". */
  startingFrom: boolean;
}

/**
 * The price to show: the chosen variant's; else the lowest among the variants the chosen options still allow
 * ("From" when they differ); else the product's own price.
 */
export function priceSummary(view: ProductView, selection: Selection, variant: VariantView | null): PriceSummary {
  if (variant) return summary(variant.price.selling, variant.price.listing, false);
  const matching = view.variants.filter((candidate) => matchesSelection(candidate, selection));
  const candidates = matching.length > 0 ? matching : view.variants;
  const lowest = candidates.reduce<VariantView | null>(
    (min, candidate) => (!min || candidate.price.selling < min.price.selling ? candidate : min),
    null,
  );
  if (!lowest) return summary(view.price.selling, view.price.listing, false);
  const startingFrom = new Set(candidates.map((candidate) => candidate.price.selling)).size > 1;
  return summary(lowest.price.selling, lowest.price.listing, startingFrom);
}

function summary(selling: number, listing: number, startingFrom: boolean): PriceSummary {
  const onSale = !startingFrom && listing > selling;
  const saving = listing - selling;
  return {
    amount: selling,
    compareAt: onSale ? listing : null,
    saving: onSale ? { amount: Math.round(saving * 100) / 100, percent: Math.round((saving / listing) * 100) } : null,
    startingFrom,
  };
}
