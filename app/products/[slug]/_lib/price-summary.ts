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

/** Names a price as drawn: the browser finds the server's drawing of a price by this key. */
export function priceKey(price: PriceSummary): string {
  return `${price.startingFrom ? "from " : ""}${price.amount}/${price.compareAt ?? ""}`;
}

/**
 * Every price priceSummary can give for this product, once each: a variant's own, "From" a variant's price, or the
 * product's own. The page draws each of them on the server, so the browser only picks one.
 */
export function possiblePrices(view: ProductView): PriceSummary[] {
  const prices = [
    summary(view.price.selling, view.price.listing, false),
    ...view.variants.flatMap(({ price }) => [
      summary(price.selling, price.listing, false),
      summary(price.selling, price.listing, true),
    ]),
  ];
  return [...new Map(prices.map((price) => [priceKey(price), price])).values()];
}
