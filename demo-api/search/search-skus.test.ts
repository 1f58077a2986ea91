import type { Item } from "@commercengine/storefront-sdk";
import { describe, expect, it } from "vitest";
import { FilterSyntaxError, SearchRequestError, searchSkus } from "./search-skus";
import { testAttribute, testItem } from "./test-item";

const variantOptions = (color: string, size: string): Item["associated_options"] => ({
  color: { name: "Color", type: "color", value: { name: color, hexcode: "#000000" } },
  size: { name: "Size", type: "single-select", value: size },
});

const catalog: Item[] = [
  testItem({
    sku: "TOTE",
    product_name: "Canvas Tote",
    short_description: "Big enough for a linen shirt",
    price: 699,
    tags: ["summer"],
    categoryNames: ["Bags"],
  }),
  testItem({
    sku: "SHIRT-IND-M",
    product_id: "shirt",
    variant_id: "shirt-ind-m",
    product_name: "Linen Shirt",
    variant_name: "Indigo / M",
    price: 1499,
    tags: ["Summer", "new"],
    categoryNames: ["Shirts"],
    reviews_count: 2,
    reviews_rating_sum: 9,
    associated_options: variantOptions("Indigo", "M"),
  }),
  testItem({
    sku: "SHIRT-SND-L",
    product_id: "shirt",
    variant_id: "shirt-snd-l",
    product_name: "Linen Shirt",
    variant_name: "Sand / L",
    price: 1599,
    stock_available: false,
    tags: ["summer"],
    categoryNames: ["Shirts"],
    reviews_count: 2,
    reviews_rating_sum: 9,
    associated_options: variantOptions("Sand", "L"),
  }),
  testItem({
    sku: "BOTTLE",
    product_name: "Steel Bottle",
    price: 899,
    categoryNames: ["Kitchen"],
    reviews_count: 1,
    reviews_rating_sum: 3,
    attributes: [testAttribute("color", { type: "color", value: ["Silver"] })],
  }),
  testItem({ sku: "TEE", product_name: "Tee Classic", price: 599, categoryNames: ["Shirts"], tags: null }),
  testItem({ sku: "GIFT", product_name: "Gift Card", product_type: "digital", price: 1000, reviews_count: 0 }),
];

const skusOf = (body: unknown) => searchSkus(catalog, body).skus.map((item) => item.sku);

function requestError(body: unknown): SearchRequestError {
  try {
    searchSkus(catalog, body);
  } catch (error) {
    if (error instanceof SearchRequestError) return error;
    throw error;
  }
  throw new Error(`Expected ${JSON.stringify(body)} to be rejected`);
}

describe("searchSkus: defaults", () => {
  it("returns every SKU in catalog order for an empty body, 25 to a page", () => {
    const result = searchSkus(catalog, {});
    expect(result.skus).toEqual(catalog);
    expect(result.facet_distribution).toEqual({});
    expect(result.facet_stats).toEqual({});
    expect(result.pagination).toEqual({
      total_records: 6,
      total_pages: 1,
      previous_page: null,
      next_page: null,
      limit: 25,
    });
  });

  it("treats null fields as absent", () => {
    expect(skusOf({ query: null, page: null, limit: null, filter: null, sort: null, facets: null })).toHaveLength(6);
  });
});

describe("searchSkus: text query", () => {
  it("requires every term to match, case-insensitively, and ranks name matches first", () => {
    // The tote only mentions a linen shirt in its description, so it ranks after the shirts.
    expect(skusOf({ query: "LINEN  shirt" })).toEqual(["SHIRT-IND-M", "SHIRT-SND-L", "TOTE"]);
    expect(skusOf({ query: "linen bottle" })).toEqual([]);
  });

  it("matches variant names, SKUs, tags and category names", () => {
    expect(skusOf({ query: "indigo" })).toEqual(["SHIRT-IND-M"]);
    expect(skusOf({ query: "snd-l" })).toEqual(["SHIRT-SND-L"]);
    expect(skusOf({ query: "new" })).toEqual(["SHIRT-IND-M"]);
    expect(skusOf({ query: "kitchen" })).toEqual(["BOTTLE"]);
  });

  it("ranks a match at the start of a word above one inside a word", () => {
    expect(skusOf({ query: "tee" })).toEqual(["TEE", "BOTTLE"]);
  });

  it("considers only the first ten words", () => {
    const tenWords = Array.from({ length: 10 }, () => "linen").join(" ");
    expect(skusOf({ query: `${tenWords} nowhere` })).toHaveLength(3);
  });

  it("matches everything for a blank query", () => {
    expect(skusOf({ query: "   " })).toHaveLength(6);
  });
});

describe("searchSkus: filter", () => {
  it("narrows results with a filter string or array", () => {
    expect(skusOf({ filter: "pricing.selling_price 600 TO 1500 AND stock_available = true" })).toEqual([
      "TOTE",
      "SHIRT-IND-M",
      "BOTTLE",
      "GIFT",
    ]);
    // The tee matches "shirt" through its category and has null tags.
    expect(
      skusOf({ query: "shirt", filter: ["categories.name = shirts", ["attributes.size = L", "tags IS NULL"]] }),
    ).toEqual(["SHIRT-SND-L", "TEE"]);
  });

  it("reports a malformed filter as a FilterSyntaxError, which is a SearchRequestError", () => {
    const error = requestError({ filter: "pricing.selling_price >" });
    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect(error.message).toBe('Expected a number after ">" at position 23 (end of filter)');
    expect(error.status).toBe(400);
  });
});

describe("searchSkus: sort", () => {
  it("sorts by price either way", () => {
    expect(skusOf({ sort: ["pricing.selling_price:asc"] })).toEqual([
      "TEE",
      "TOTE",
      "BOTTLE",
      "GIFT",
      "SHIRT-IND-M",
      "SHIRT-SND-L",
    ]);
    expect(skusOf({ sort: ["pricing.selling_price:desc"] })[0]).toBe("SHIRT-SND-L");
  });

  it("sorts names case-insensitively and breaks ties with the next key", () => {
    expect(skusOf({ sort: ["product_name:desc", "sku:asc"] })).toEqual([
      "TEE",
      "BOTTLE",
      "SHIRT-IND-M",
      "SHIRT-SND-L",
      "GIFT",
      "TOTE",
    ]);
  });

  it("sorts by rating, keeping catalog order among equals", () => {
    expect(skusOf({ sort: ["rating:desc"] })).toEqual(["SHIRT-IND-M", "SHIRT-SND-L", "BOTTLE", "TOTE", "TEE", "GIFT"]);
  });

  it("puts records without the attribute last in either direction", () => {
    expect(skusOf({ sort: ["attributes.size:asc"] }).slice(0, 2)).toEqual(["SHIRT-SND-L", "SHIRT-IND-M"]);
    expect(skusOf({ sort: ["attributes.size:desc"] }).slice(0, 2)).toEqual(["SHIRT-IND-M", "SHIRT-SND-L"]);
  });

  it("applies the sort before text relevance", () => {
    expect(skusOf({ query: "linen", sort: ["pricing.selling_price:asc"] })).toEqual([
      "TOTE",
      "SHIRT-IND-M",
      "SHIRT-SND-L",
    ]);
  });

  it("rejects unknown, list-valued and malformed sorts", () => {
    expect(requestError({ sort: ["popularity:desc"] }).message).toMatch(
      /^Cannot sort by "popularity"; sortable attributes: product_type, pricing.listing_price,/,
    );
    expect(requestError({ sort: ["tags:asc"] }).message).toContain('Cannot sort by "tags"');
    expect(requestError({ sort: ["rating"] }).message).toBe(
      'Sort "rating" must look like "attribute:asc" or "attribute:desc"',
    );
    expect(requestError({ sort: ["rating:up"] }).errors).toEqual({
      sort: 'Sort "rating:up" must look like "attribute:asc" or "attribute:desc"',
    });
  });
});

describe("searchSkus: facets", () => {
  it("counts values over all filtered results, not just the page", () => {
    const result = searchSkus(catalog, {
      filter: "product_type = physical",
      limit: 1,
      facets: ["categories.name", "tags", "attributes.color", "attributes.size", "product_type", "stock_available"],
    });
    expect(result.skus).toHaveLength(1);
    expect(result.facet_distribution).toEqual({
      "categories.name": { Bags: 1, Kitchen: 1, Shirts: 3 },
      tags: { new: 1, summer: 3 },
      "attributes.color": { Indigo: 1, Sand: 1, Silver: 1 },
      "attributes.size": { L: 1, M: 1 },
      product_type: { physical: 5 },
      stock_available: { false: 1, true: 4 },
    });
    expect(result.facet_stats).toEqual({});
  });

  it("gives numeric facets min/max stats", () => {
    const result = searchSkus(catalog, { query: "shirt", facets: ["pricing.selling_price", "rating"] });
    expect(result.facet_distribution["pricing.selling_price"]).toEqual({ 599: 1, 699: 1, 1499: 1, 1599: 1 });
    expect(result.facet_stats).toEqual({
      "pricing.selling_price": { min: 599, max: 1599 },
      rating: { min: 0, max: 4.5 },
    });
  });

  it("returns an empty distribution and no stats when nothing matches", () => {
    const result = searchSkus(catalog, { query: "nothing", facets: ["pricing.selling_price", "tags"] });
    expect(result.facet_distribution).toEqual({ "pricing.selling_price": {}, tags: {} });
    expect(result.facet_stats).toEqual({});
  });

  it('expands "*" to every supported attribute and the product attributes in the catalog', () => {
    const result = searchSkus(catalog, { facets: ["*"], filter: "product_type = digital" });
    expect(Object.keys(result.facet_distribution)).toEqual([
      "product_type",
      "categories.name",
      "pricing.listing_price",
      "pricing.selling_price",
      "pricing.tax_rate",
      "product_id",
      "variant_id",
      "product_name",
      "variant_name",
      "tags",
      "sku",
      "stock_available",
      "rating",
      "attributes.color",
      "attributes.size",
    ]);
    expect(result.facet_distribution["attributes.color"]).toEqual({});
    expect(result.facet_distribution.variant_id).toEqual({});
  });

  it("rejects an unsupported facet", () => {
    expect(requestError({ facets: ["colour"] }).message).toMatch(/^Cannot facet by "colour"; use "\*" or one of: /);
  });
});

describe("searchSkus: pagination", () => {
  it("pages through the results", () => {
    const result = searchSkus(catalog, { page: 2, limit: 4 });
    expect(result.skus.map((item) => item.sku)).toEqual(["TEE", "GIFT"]);
    expect(result.pagination).toEqual({
      total_records: 6,
      total_pages: 2,
      previous_page: 1,
      next_page: null,
      limit: 4,
    });
    expect(searchSkus(catalog, { page: 1, limit: 4 }).pagination).toMatchObject({ previous_page: null, next_page: 2 });
  });

  it("returns no SKUs but the real totals for a page past the last", () => {
    const result = searchSkus(catalog, { page: 9, limit: 4, facets: ["product_type"] });
    expect(result.skus).toEqual([]);
    expect(result.pagination).toEqual({
      total_records: 6,
      total_pages: 2,
      previous_page: 2,
      next_page: null,
      limit: 4,
    });
    expect(result.facet_distribution.product_type).toEqual({ digital: 1, physical: 5 });
  });

  it("reports zero pages when nothing matches", () => {
    expect(searchSkus(catalog, { query: "nothing" }).pagination).toEqual({
      total_records: 0,
      total_pages: 0,
      previous_page: null,
      next_page: null,
      limit: 25,
    });
  });

  it("accepts a limit of exactly 100", () => {
    expect(searchSkus(catalog, { limit: 100 }).pagination.limit).toBe(100);
  });
});

describe("searchSkus: request validation", () => {
  it.each([
    [null, "Request body must be a JSON object", undefined],
    [[], "Request body must be a JSON object", undefined],
    [{ query: 42 }, '"query" must be a string', "query"],
    [{ page: "one" }, '"page" must be an integer from 1 to 9007199254740991', "page"],
    [{ page: 0 }, '"page" must be an integer from 1 to 9007199254740991', "page"],
    [{ page: 1.5 }, '"page" must be an integer from 1 to 9007199254740991', "page"],
    [{ limit: 101 }, '"limit" must be an integer from 1 to 100', "limit"],
    [{ limit: -1 }, '"limit" must be an integer from 1 to 100', "limit"],
    [{ facets: "tags" }, '"facets" must be an array of strings', "facets"],
    [{ sort: [1] }, '"sort" must be an array of strings', "sort"],
    [{ filter: 5 }, '"filter" must be a string, or an array', "filter"],
    [{ filter: [["tags = a", ["tags = b"]]] }, '"filter" must be a string, or an array', "filter"],
  ])("rejects %j", (body, message, field) => {
    const error = requestError(body);
    expect(error.message).toContain(message);
    expect(error.status).toBe(400);
    expect(error.errors).toEqual(field === undefined ? undefined : { [field]: error.message });
  });
});
