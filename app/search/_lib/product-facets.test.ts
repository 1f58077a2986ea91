import type { Item } from "@commercengine/storefront-sdk";
import { describe, expect, it } from "vitest";
import { testAttribute, testItem } from "@/demo-api/search/test-item";
import { colorSwatches, compareSizes, productFacetCounts, skuFacetValues } from "./product-facets";
import { groupSkusByProduct, productFromSkus } from "@/app/_lib/product-from-skus";
import { productPrice } from "@/app/_lib/product-price";

/** A variant SKU of product `product` in a colour and size. */
function variant(product: string, color: string, size: string, extra: Partial<Item> & { price?: number } = {}): Item {
  return testItem({
    sku: `${product}-${color}-${size}`,
    product_id: product,
    product_slug: product,
    product_name: `Product ${product}`,
    variant_id: `${product}-${color}-${size}`,
    variant_name: `${color} / ${size}`,
    categoryNames: ["Clothing", "T-shirts"],
    associated_options: {
      color: {
        name: "Color",
        type: "color",
        value: { name: color, hexcode: color === "Black" ? "#111111" : "#3344aa" },
      },
      size: { name: "Size", type: "single-select", value: size },
    },
    ...extra,
  });
}

const tee = [
  variant("tee", "Black", "M", { price: 799 }),
  variant("tee", "Black", "L", { price: 899, stock_available: false }),
  variant("tee", "Indigo", "M", { price: 799 }),
];
const hoodie = [variant("hoodie", "Black", "S", { price: 2499, stock_available: false, backorder: true })];
const mug = testItem({ sku: "mug", product_id: "mug", categoryNames: ["Home"], price: 549 });

describe("product facet counts", () => {
  it("reads a SKU's own options before product attributes", () => {
    const sku = { ...tee[0]!, attributes: [testAttribute("color", { type: "color", value: ["Red", "Blue"] })] };
    expect(skuFacetValues(sku, "attributes.color")).toEqual(["Black"]);
    expect(skuFacetValues(mug, "attributes.color")).toEqual([]);
    const painted = testItem({
      sku: "p",
      attributes: [testAttribute("color", { type: "color", value: ["Red", "Blue"] })],
    });
    expect(skuFacetValues(painted, "attributes.color")).toEqual(["Red", "Blue"]);
    expect(skuFacetValues(tee[0]!, "categories.name")).toEqual(["Clothing", "T-shirts"]);
    expect(skuFacetValues(tee[1]!, "stock_available")).toEqual(["false"]);
  });

  it("counts products, not SKUs", () => {
    const skus = [...tee, ...hoodie, mug];
    expect(productFacetCounts(skus, "attributes.color")).toEqual({ Black: 2, Indigo: 1 });
    expect(productFacetCounts(skus, "attributes.size")).toEqual({ M: 1, L: 1, S: 1 });
    expect(productFacetCounts(skus, "categories.name")).toEqual({ Clothing: 2, "T-shirts": 2, Home: 1 });
    expect(productFacetCounts(skus, "stock_available")).toEqual({ true: 2, false: 2 });
  });

  it("treats values differing in case as one", () => {
    const shouty = variant("cap", "BLACK", "M");
    expect(productFacetCounts([...tee, shouty], "attributes.color")).toEqual({ Black: 2, Indigo: 1 });
  });

  it("collects colour swatches", () => {
    expect(colorSwatches([...tee, mug])).toEqual({ black: "#111111", indigo: "#3344aa" });
  });

  it("orders sizes as shoppers expect", () => {
    const sizes = ["XL", "L", "UK 10", "S", "45 × 45 cm", "UK 6", "M", "XXL", "L–XL", "S-M"];
    expect(sizes.sort(compareSizes)).toEqual([
      "S",
      "S-M",
      "M",
      "L",
      "L–XL",
      "XL",
      "XXL",
      "45 × 45 cm",
      "UK 6",
      "UK 10",
    ]);
  });
});

describe("products from SKUs", () => {
  it("groups SKUs by product in order of their best match", () => {
    const groups = groupSkusByProduct([tee[0]!, hoodie[0]!, tee[2]!, mug]);
    expect(groups.map((group) => group.map((sku) => sku.sku))).toEqual([
      ["tee-Black-M", "tee-Indigo-M"],
      ["hoodie-Black-S"],
      ["mug"],
    ]);
  });

  it("builds a product whose price and stock come from the matched variants", () => {
    const product = productFromSkus([tee[1]!, tee[0]!]);
    expect(product).toMatchObject({
      id: "tee",
      slug: "tee",
      name: "Product tee",
      has_variant: true,
      stock_available: true,
    });
    expect(product.variants).toHaveLength(2);
    expect(productPrice(product)).toMatchObject({ amount: 799, startingFrom: true });

    const onlyOutOfStock = productFromSkus([tee[1]!]);
    expect(onlyOutOfStock).toMatchObject({ stock_available: false, backorder: false });
    expect(productPrice(onlyOutOfStock)).toMatchObject({ amount: 899, startingFrom: false });

    expect(productFromSkus([hoodie[0]!])).toMatchObject({ stock_available: false, backorder: true });
  });

  it("keeps a simple product simple", () => {
    const product = productFromSkus([mug]);
    expect(product).toMatchObject({ has_variant: false, variants: [], sku: "mug" });
    expect(productPrice(product)).toMatchObject({ amount: 549, startingFrom: false });
  });
});
