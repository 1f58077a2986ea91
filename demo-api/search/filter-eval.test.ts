import { describe, expect, it } from "vitest";
import { matchesFilter, toSearchRecord } from "./filter-eval";
import { parseFilter } from "./filter-parser";
import { testAttribute, testItem } from "./test-item";

const shirt = testItem({
  sku: "SHIRT-IND-M",
  product_name: "Linen Shirt",
  variant_id: "variant-1",
  variant_name: "Indigo / M",
  price: 1499,
  listingPrice: 1999,
  tags: ["Summer", "new"],
  categoryNames: ["Shirts", "Men"],
  reviews_count: 3,
  reviews_rating_sum: 13,
  attributes: [
    testAttribute("color", { type: "color", value: ["Indigo", "Black"] }),
    testAttribute("material", { type: "text", value: "Linen" }),
    testAttribute("fit", { type: "single-select", value: "Relaxed" }),
    testAttribute("care", { type: "multi-select", value: ["Hand wash", "Dry clean"] }),
    testAttribute("weight_gsm", { type: "number", value: 180 }),
    testAttribute("organic", { type: "boolean", value: true }),
  ],
  associated_options: {
    color: { name: "Color", type: "color", value: { name: "Indigo", hexcode: "#3f51b5" } },
    size: { name: "Size", type: "single-select", value: "M" },
  },
});

const candle = testItem({
  sku: "CANDLE",
  product_name: "Cedar Candle",
  product_type: "digital",
  price: 499,
  stock_available: false,
  tags: null,
  categories: undefined,
});

const matches = (item: typeof shirt, filter: string) => matchesFilter(toSearchRecord(item), parseFilter(filter)!);

describe("toSearchRecord", () => {
  it("flattens an item into filterable attributes", () => {
    const record = toSearchRecord(shirt);
    expect(Object.fromEntries(record)).toEqual({
      product_type: "physical",
      product_id: "product-SHIRT-IND-M",
      variant_id: "variant-1",
      product_name: "Linen Shirt",
      variant_name: "Indigo / M",
      sku: "SHIRT-IND-M",
      tags: ["Summer", "new"],
      "categories.name": ["Shirts", "Men"],
      "pricing.listing_price": 1999,
      "pricing.selling_price": 1499,
      "pricing.tax_rate": 12,
      stock_available: true,
      rating: 13 / 3,
      "attributes.color": "Indigo",
      "attributes.size": "M",
      "attributes.material": "Linen",
      "attributes.fit": "Relaxed",
      "attributes.care": ["Hand wash", "Dry clean"],
      "attributes.weight_gsm": 180,
      "attributes.organic": true,
    });
  });

  it("keeps a product-level color list when the item has no color option, and rates unreviewed items 0", () => {
    const simple = testItem({
      sku: "S",
      attributes: [testAttribute("color", { type: "color", value: ["Red", "Blue"] })],
    });
    const record = toSearchRecord(simple);
    expect(record.get("attributes.color")).toEqual(["Red", "Blue"]);
    expect(record.get("rating")).toBe(0);
  });

  it("leaves categories.name absent when the item has no expanded categories", () => {
    expect(toSearchRecord(candle).has("categories.name")).toBe(false);
  });
});

describe("matchesFilter", () => {
  it("compares strings case-insensitively", () => {
    expect(matches(shirt, "product_type = PHYSICAL")).toBe(true);
    expect(matches(shirt, "product_name = 'linen shirt'")).toBe(true);
    expect(matches(shirt, "product_name = linen")).toBe(false);
  });

  it("reads = on a list as contains", () => {
    expect(matches(shirt, "tags = summer")).toBe(true);
    expect(matches(shirt, "categories.name = men")).toBe(true);
    expect(matches(shirt, "attributes.care = 'hand wash'")).toBe(true);
    expect(matches(shirt, "tags = winter")).toBe(false);
    expect(matches(shirt, "tags != winter")).toBe(true);
    expect(matches(shirt, "tags != new")).toBe(false);
  });

  it("uses the variant's own options over the product's attribute list", () => {
    expect(matches(shirt, "attributes.color = indigo")).toBe(true);
    expect(matches(shirt, "attributes.color = black")).toBe(false);
    expect(matches(shirt, "attributes.size IN [S, m]")).toBe(true);
  });

  it("compares numbers numerically", () => {
    expect(matches(shirt, "pricing.selling_price = 1499")).toBe(true);
    expect(matches(shirt, "pricing.selling_price = 1499.0")).toBe(true);
    expect(matches(shirt, "pricing.selling_price > 1499")).toBe(false);
    expect(matches(shirt, "pricing.selling_price >= 1499")).toBe(true);
    expect(matches(shirt, "pricing.listing_price < 2000")).toBe(true);
    expect(matches(shirt, "pricing.listing_price <= 1998")).toBe(false);
    expect(matches(shirt, "rating > 4.3")).toBe(true);
    expect(matches(shirt, "attributes.weight_gsm 150 TO 180")).toBe(true);
    expect(matches(shirt, "pricing.tax_rate = 12")).toBe(true);
  });

  it("includes both ends of a range", () => {
    expect(matches(shirt, "pricing.selling_price 1499 TO 1499")).toBe(true);
    expect(matches(shirt, "pricing.selling_price 1000 TO 1498")).toBe(false);
    expect(matches(shirt, "pricing.selling_price 1500 TO 1000")).toBe(false);
  });

  it("compares booleans with true and false", () => {
    expect(matches(shirt, "stock_available = true")).toBe(true);
    expect(matches(candle, "stock_available = false")).toBe(true);
    expect(matches(candle, "stock_available = TRUE")).toBe(false);
    expect(matches(shirt, "attributes.organic = true")).toBe(true);
  });

  it("matches IN and NOT IN against any listed value", () => {
    expect(matches(shirt, "product_type IN [digital, physical]")).toBe(true);
    expect(matches(candle, "product_type NOT IN [physical, bundle]")).toBe(true);
    expect(matches(shirt, "tags IN []")).toBe(false);
  });

  it("tells absent, null and empty apart", () => {
    expect(matches(shirt, "variant_id IS NOT NULL")).toBe(true);
    expect(matches(candle, "variant_id IS NULL AND variant_id EXISTS")).toBe(true);
    expect(matches(candle, "tags IS NULL AND tags EXISTS AND tags IS NOT EMPTY")).toBe(true);
    expect(matches(candle, "categories.name NOT EXISTS AND NOT categories.name IS NULL")).toBe(true);
    expect(matches(candle, "attributes.material NOT EXISTS")).toBe(true);
    expect(matches(shirt, "attributes.material EXISTS")).toBe(true);
    expect(matches(testItem({ sku: "X", tags: [] }), "tags IS EMPTY")).toBe(true);
    expect(matches(testItem({ sku: "X", variant_name: "" }), "variant_name IS EMPTY")).toBe(true);
    expect(matches(shirt, "variant_name IS EMPTY OR tags IS EMPTY")).toBe(false);
  });

  it("lets negations match records without the attribute", () => {
    expect(matches(candle, "attributes.material != Linen")).toBe(true);
    expect(matches(candle, "categories.name NOT IN [Shirts]")).toBe(true);
  });

  it("combines conditions with AND, OR, NOT and parentheses", () => {
    expect(matches(shirt, "product_type = digital OR tags = summer AND rating > 4")).toBe(true);
    expect(matches(shirt, "(product_type = digital OR tags = summer) AND NOT rating > 4")).toBe(false);
    expect(matchesFilter(toSearchRecord(shirt), parseFilter(["rating > 4", ["tags = x", "tags = new"]])!)).toBe(true);
    expect(matchesFilter(toSearchRecord(shirt), parseFilter(["rating > 4", ["tags = x", "tags = y"]])!)).toBe(false);
  });
});
