import type { AssociatedOption, VariantOption } from "@commercengine/storefront-sdk";
import { describe, expect, it } from "vitest";
import {
  isComplete,
  matchesSelection,
  missingGroups,
  optionGroupsOf,
  parseSelection,
  resolveVariant,
  selectionSearch,
  slugifyOptionValue,
  stockState,
  variantOptionsOf,
  withValue,
  type SelectableVariant,
  type StockState,
  valueAvailability,
} from "./variant-selection";

// The API sends colour values as objects although the SDK types them as Record<string, never>.
const colour = (name: string, hexcode: string) => ({ name, hexcode }) as unknown as Record<string, never>;

const VARIANT_OPTIONS: VariantOption[] = [
  {
    name: "Color",
    key: "color",
    type: "color",
    value: [colour("Heather Grey", "#A7A9AC"), colour("Navy", "#24304F"), colour("Forest Green", "#2F5D46")],
  },
  { name: "Size", key: "size", type: "single-select", value: ["S", "M", "L"] },
];

const groups = optionGroupsOf(VARIANT_OPTIONS);

function variant(id: string, color: string, size: string, stock: StockState): SelectableVariant & { id: string } {
  return { id, options: { color, size }, stock };
}

// Forest Green has no S; Navy M is sold out; Navy L ships later.
const variants = [
  variant("grey-s", "heather-grey", "s", "in_stock"),
  variant("grey-m", "heather-grey", "m", "in_stock"),
  variant("grey-l", "heather-grey", "l", "in_stock"),
  variant("navy-s", "navy", "s", "in_stock"),
  variant("navy-m", "navy", "m", "out_of_stock"),
  variant("navy-l", "navy", "l", "backorder"),
  variant("green-m", "forest-green", "m", "in_stock"),
  variant("green-l", "forest-green", "l", "in_stock"),
];

describe("slugifyOptionValue", () => {
  it("makes lower-case, dash-separated URL values", () => {
    expect(slugifyOptionValue("Heather Grey")).toBe("heather-grey");
    expect(slugifyOptionValue("UK 7")).toBe("uk-7");
    expect(slugifyOptionValue("M")).toBe("m");
    expect(slugifyOptionValue("Off-White / Ecru")).toBe("off-white-ecru");
    expect(slugifyOptionValue("  Crème Brûlée  ")).toBe("creme-brulee");
  });
});

describe("optionGroupsOf", () => {
  it("narrows colour objects and plain values, with slugs", () => {
    expect(groups).toEqual([
      {
        key: "color",
        name: "Color",
        type: "color",
        values: [
          { slug: "heather-grey", name: "Heather Grey", hexcode: "#A7A9AC" },
          { slug: "navy", name: "Navy", hexcode: "#24304F" },
          { slug: "forest-green", name: "Forest Green", hexcode: "#2F5D46" },
        ],
      },
      {
        key: "size",
        name: "Size",
        type: "single-select",
        values: [
          { slug: "s", name: "S", hexcode: null },
          { slug: "m", name: "M", hexcode: null },
          { slug: "l", name: "L", hexcode: null },
        ],
      },
    ]);
  });

  it("skips malformed and duplicate values and empty options", () => {
    const odd = [
      { name: "Size", key: "size", type: "single-select", value: ["S", "", "s", 42, null] },
      { name: "Finish", key: "finish", type: "single-select", value: [] },
    ] as unknown as VariantOption[];
    expect(optionGroupsOf(odd)).toEqual([
      { key: "size", name: "Size", type: "single-select", values: [{ slug: "s", name: "S", hexcode: null }] },
    ]);
    expect(optionGroupsOf(null)).toEqual([]);
  });
});

describe("variantOptionsOf", () => {
  it("reads associated_options into a selection", () => {
    const associated = {
      color: { name: "Color", type: "color", value: { name: "Heather Grey", hexcode: "#A7A9AC" } },
      size: { name: "Size", type: "single-select", value: "XL" },
    } satisfies AssociatedOption;
    expect(variantOptionsOf(associated)).toEqual({ color: "heather-grey", size: "xl" });
    expect(variantOptionsOf(null)).toEqual({});
  });
});

describe("stockState", () => {
  it("tells in stock, backorder and out of stock apart", () => {
    expect(stockState({ stock_available: true, backorder: false })).toBe("in_stock");
    expect(stockState({ stock_available: false, backorder: true })).toBe("backorder");
    expect(stockState({ stock_available: false })).toBe("out_of_stock");
  });
});

describe("parseSelection and selectionSearch", () => {
  it("keeps only values of known options", () => {
    const params = new URLSearchParams("color=navy&size=XXL&fit=slim");
    expect(parseSelection(params, groups)).toEqual({ color: "navy" });
  });

  it("accepts a value's name as well as its slug", () => {
    expect(parseSelection(new URLSearchParams("color=Heather+Grey&size=M"), groups)).toEqual({
      color: "heather-grey",
      size: "m",
    });
  });

  it("writes options in variant_options order and keeps other parameters", () => {
    const base = new URLSearchParams("size=s&utm_source=mail");
    expect(selectionSearch({ size: "m", color: "navy" }, groups, base)).toBe("?color=navy&size=m&utm_source=mail");
    expect(selectionSearch({}, groups)).toBe("");
  });

  it("counts an option with one value as chosen", () => {
    const oneSize = optionGroupsOf([
      ...VARIANT_OPTIONS.slice(0, 1),
      { name: "Size", key: "size", type: "single-select", value: ["Free size"] },
    ]);
    expect(parseSelection(new URLSearchParams("color=navy"), oneSize)).toEqual({ color: "navy", size: "free-size" });
  });

  it("round-trips", () => {
    const selection = { color: "forest-green", size: "l" };
    expect(parseSelection(new URLSearchParams(selectionSearch(selection, groups)), groups)).toEqual(selection);
  });
});

describe("resolveVariant", () => {
  it("needs every option chosen", () => {
    expect(resolveVariant(groups, variants, {})).toBeNull();
    expect(resolveVariant(groups, variants, { color: "navy" })).toBeNull();
    expect(isComplete({ color: "navy" }, groups)).toBe(false);
    expect(missingGroups({ color: "navy" }, groups).map((group) => group.key)).toEqual(["size"]);
  });

  it("finds the variant matching all options, sold out or not", () => {
    expect(resolveVariant(groups, variants, { color: "navy", size: "s" })?.id).toBe("navy-s");
    expect(resolveVariant(groups, variants, { color: "navy", size: "m" })?.id).toBe("navy-m");
  });

  it("returns null for a combination no variant has", () => {
    expect(resolveVariant(groups, variants, { color: "forest-green", size: "s" })).toBeNull();
  });

  it("resolves nothing for a product without options", () => {
    expect(resolveVariant([], variants, {})).toBeNull();
  });
});

describe("valueAvailability", () => {
  it("is available for values with a buyable variant and the other choices", () => {
    expect(valueAvailability(variants, {}, "color", "navy")).toBe("available");
    expect(valueAvailability(variants, { color: "navy" }, "size", "s")).toBe("available");
  });

  it("counts backorder as buyable", () => {
    expect(valueAvailability(variants, { color: "navy" }, "size", "l")).toBe("available");
  });

  it("tells a sold-out combination from a missing one", () => {
    expect(valueAvailability(variants, { color: "navy" }, "size", "m")).toBe("sold_out");
    expect(valueAvailability(variants, { color: "forest-green" }, "size", "s")).toBe("not_made");
    expect(valueAvailability(variants, { size: "s" }, "color", "forest-green")).toBe("not_made");
    expect(valueAvailability(variants, { size: "m" }, "color", "navy")).toBe("sold_out");
  });

  it("ignores the option's own current choice", () => {
    expect(valueAvailability(variants, { color: "navy", size: "m" }, "size", "s")).toBe("available");
    expect(valueAvailability(variants, { color: "navy", size: "m" }, "color", "heather-grey")).toBe("available");
  });
});

describe("withValue and matchesSelection", () => {
  it("chooses a value and keeps the others", () => {
    expect(withValue({ color: "navy", size: "s" }, "size", "l")).toEqual({ color: "navy", size: "l" });
    expect(variants.filter((candidate) => matchesSelection(candidate, { size: "s" })).map((v) => v.id)).toEqual([
      "grey-s",
      "navy-s",
    ]);
  });
});
