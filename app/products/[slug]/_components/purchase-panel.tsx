"use client";

import {
  isBuyable,
  isComplete,
  missingGroups,
  selectionSearch,
  valueAvailability,
  withValue,
  type OptionGroup,
  type Selection,
} from "@/app/_lib/variant-selection";
import type { CartLineView } from "@/app/_lib/cart-view";
import { pendingLine } from "@/app/_lib/pending-cart";
import { priceKey, priceSummary } from "../_lib/price-summary";
import type { ProductView, VariantView } from "../_lib/product-view";
import { AddToCartButton } from "./add-to-cart-button";
import { OptionPicker, optionLabel } from "./option-picker";
import type { PurchasePanelParts } from "./purchase-panel-parts";
import type { Availability } from "./stock-status";

export interface PurchasePanelProps {
  view: ProductView;
  selection: Selection;
  variant: VariantView | null;
  /** The current query, so links to other options keep unrelated parameters (utm_source…). */
  query?: string;
  /**
   * The prices and availabilities, drawn on the server, and the form that stands in for the option links in
   * browsers without JavaScript (only a script reads the options in the URL).
   */
  parts: PurchasePanelParts;
}

/** Price, availability, option pickers and the add-to-cart area, for the chosen options. */
export function PurchasePanel({ view, selection, variant, query = "", parts }: PurchasePanelProps) {
  const hasOptions = view.groups.length > 0;
  const complete = isComplete(selection, view.groups);
  const availability: Availability | null = !hasOptions
    ? view.stock
    : variant
      ? variant.stock
      : complete
        ? "unavailable"
        : null;
  const buyable = availability !== null && availability !== "unavailable" && isBuyable(availability);
  const base = new URLSearchParams(query);
  const path = `/products/${encodeURIComponent(view.slug)}`;

  return (
    <div className="space-y-6">
      <div aria-live="polite" aria-atomic="true" className="space-y-3">
        {parts.prices[priceKey(priceSummary(view, selection, variant))]}
        {availability ? parts.availabilities[availability] : null}
      </div>

      {hasOptions ? (
        <div className="space-y-5" data-js-only>
          {view.groups.map((group) => (
            <OptionPicker
              key={group.key}
              group={group}
              choices={group.values.map((value) => ({
                ...value,
                href: `${path}${selectionSearch(withValue(selection, group.key, value.slug), view.groups, base)}`,
                selected: selection[group.key] === value.slug,
                unavailableReason: unavailableReason(view, selection, group, value.slug),
              }))}
            />
          ))}
        </div>
      ) : null}

      <AddToCartButton
        line={cartLine(view, selection, variant)}
        rule={variant?.quantity ?? view.quantity}
        buyable={buyable}
        note={addToCartNote(view, selection, availability)}
        withoutScript={hasOptions ? parts.withoutScript : undefined}
      />
    </div>
  );
}

/** Why a value cannot be bought with the other choices ("sold out in M", "not available in S"), or null. */
function unavailableReason(view: ProductView, selection: Selection, group: OptionGroup, slug: string): string | null {
  const availability = valueAvailability(view.variants, selection, group.key, slug);
  if (availability === "available") return null;
  const others = chosenNames(view, selection, group.key);
  const where = others.length > 0 ? ` in ${others.join(" / ")}` : "";
  return availability === "sold_out" ? `sold out${where}` : `not available${where}`;
}

function addToCartNote(view: ProductView, selection: Selection, availability: Availability | null): string {
  const labels = view.groups.map((group) => optionLabel(group).toLowerCase());
  if (availability === null) {
    const missing = missingGroups(selection, view.groups).map((group) => optionLabel(group).toLowerCase());
    const first = missing[0] ?? "";
    return `Choose ${/^[aeiou]/.test(first) ? "an" : "a"} ${joinWords(missing, "and")}`;
  }
  switch (availability) {
    case "unavailable":
      return `This combination isn’t available. Choose another ${joinWords(labels, "or")}.`;
    case "out_of_stock":
      return labels.length > 0
        ? `Sold out in ${chosenNames(view, selection).join(" / ")}. Choose another ${joinWords(labels, "or")}.`
        : "Sold out for now.";
    case "backorder":
      return "Ships as soon as it’s back in stock.";
    case "in_stock":
      return "";
  }
}

/** The line the cart would get, drawn in the header and drawer until the API confirms it. */
function cartLine(view: ProductView, selection: Selection, variant: VariantView | null): CartLineView {
  const price = variant?.price ?? view.price;
  const imageId = variant?.imageIds[0] ?? view.imageIds[0];
  const options = variant
    ? view.groups.flatMap((group) => {
        const value = group.values.find((candidate) => candidate.slug === selection[group.key]);
        return value ? [{ label: optionLabel(group), value: value.name }] : [];
      })
    : [];
  const rule = variant?.quantity ?? view.quantity;
  return pendingLine({
    productId: view.id,
    variantId: variant?.id ?? null,
    slug: view.slug,
    name: view.name,
    imageUrl: imageId ? (view.imageUrls[imageId] ?? null) : null,
    options,
    unitPrice: price.selling,
    listPrice: Math.max(price.listing, price.selling),
    minQuantity: rule.min,
    maxQuantity: rule.max,
    step: rule.step,
  });
}

/** The names of the chosen values, in option order: ["Navy", "M"]. */
function chosenNames(view: ProductView, selection: Selection, except?: string): string[] {
  return view.groups
    .filter((group) => group.key !== except)
    .flatMap((group) => group.values.find((value) => value.slug === selection[group.key])?.name ?? []);
}

function joinWords(words: string[], conjunction: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}
