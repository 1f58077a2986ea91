import { describe, expect, it } from "vitest";
import { resolveVariant, type OptionGroup, type Selection } from "@/app/_lib/variant-selection";
import { possiblePrices, priceKey, priceSummary } from "./price-summary";
import type { ProductView, VariantView } from "./product-view";

const groups: OptionGroup[] = [
  { key: "color", name: "Color", type: "color", values: ["navy", "green"].map(value) },
  { key: "size", name: "Size", type: "single-select", values: ["s", "m", "xl"].map(value) },
];

function value(slug: string) {
  return { slug, name: slug.toUpperCase(), hexcode: null };
}

function variant(color: string, size: string, selling: number, listing: number): VariantView {
  return {
    id: `${color}-${size}`,
    name: `${color} ${size}`,
    options: { color, size },
    stock: "in_stock",
    price: { selling, listing },
    quantity: { min: 1, max: null, step: 1 },
    imageIds: [],
  };
}

const view: ProductView = {
  id: "p",
  slug: "p",
  name: "P",
  currency: "INR",
  taxInclusive: true,
  groups,
  // XL costs more; green S is on sale; there is no green M.
  variants: [
    variant("navy", "s", 100, 100),
    variant("navy", "m", 100, 100),
    variant("navy", "xl", 120, 120),
    variant("green", "s", 80, 100),
    variant("green", "xl", 120, 120),
  ],
  price: { selling: 100, listing: 100 },
  quantity: { min: 1, max: null, step: 1 },
  stock: "in_stock",
  imageUrls: {},
  imageIds: [],
};

/** Every selection a shopper can make: each option unchosen or set to one of its values. */
function allSelections(): Selection[] {
  return groups.reduce<Selection[]>(
    (selections, group) =>
      selections.flatMap((selection) => [
        selection,
        ...group.values.map((option) => ({ ...selection, [group.key]: option.slug })),
      ]),
    [{}],
  );
}

describe("possiblePrices", () => {
  it("holds the price the panel shows for every selection, so a drawn price is always there to pick", () => {
    const drawn = new Set(possiblePrices(view).map(priceKey));
    for (const selection of allSelections()) {
      const price = priceSummary(view, selection, resolveVariant(groups, view.variants, selection));
      expect(drawn, JSON.stringify(selection)).toContain(priceKey(price));
    }
  });

  it("lists each price once", () => {
    const keys = possiblePrices(view).map(priceKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("from 80/");
    expect(keys).toContain("80/100");
  });
});
