import { describe, expect, it } from "vitest";
import { parseFilter } from "@/demo-api/search/filter-parser";
import {
  DEFAULT_SEARCH_STATE,
  appliedFilterCount,
  buildSearchBody,
  canonicalSearchHref,
  isRefined,
  parseSearchParams,
  quoteFilterValue,
  searchFilter,
  searchHref,
  toggleFacetValue,
  withChanges,
  withoutFilters,
  type SearchState,
} from "./search-params";

const state = (changes: Partial<SearchState> = {}): SearchState => ({ ...DEFAULT_SEARCH_STATE, ...changes });

describe("parseSearchParams", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseSearchParams({})).toEqual(DEFAULT_SEARCH_STATE);
    expect(parseSearchParams(new URLSearchParams())).toEqual(DEFAULT_SEARCH_STATE);
  });

  it("reads every parameter", () => {
    const parsed = parseSearchParams(
      new URLSearchParams(
        "q=tee&page=3&sort=price-desc&category=T-shirts&color=Black&color=Navy&size=M&min=500&max=1500&instock=1",
      ),
    );
    expect(parsed).toEqual({
      q: "tee",
      page: 3,
      sort: "price-desc",
      category: ["T-shirts"],
      color: ["Black", "Navy"],
      size: ["M"],
      min: 500,
      max: 1500,
      inStock: true,
    });
  });

  it("accepts Next.js searchParams objects with repeated keys", () => {
    expect(parseSearchParams({ q: ["a", "b"], color: ["Red", "Blue"], size: "S" })).toMatchObject({
      q: "a",
      color: ["Red", "Blue"],
      size: ["S"],
    });
  });

  it("trims the query, collapses spaces and caps it at 200 characters", () => {
    expect(parseSearchParams({ q: "   linen    shirt \n" }).q).toBe("linen shirt");
    expect(parseSearchParams({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(parseSearchParams({ q: "   " }).q).toBe("");
  });

  it.each([["-1"], ["0"], ["abc"], ["1.5"], ["2e3"], [""], ["99999999"], ["Infinity"]])(
    "turns page=%s into page 1",
    (page) => {
      expect(parseSearchParams({ page }).page).toBe(1);
    },
  );

  it("keeps a valid page", () => {
    expect(parseSearchParams({ page: "12" }).page).toBe(12);
  });

  it("falls back to relevance for an unknown sort", () => {
    expect(parseSearchParams({ sort: "bogus" }).sort).toBe("relevance");
    expect(parseSearchParams({ sort: "__proto__" }).sort).toBe("relevance");
    expect(parseSearchParams({ sort: "rating" }).sort).toBe("rating");
  });

  it("ignores prices that are not non-negative numbers, and swaps a reversed range", () => {
    expect(parseSearchParams({ min: "abc", max: "-5" })).toMatchObject({ min: null, max: null });
    expect(parseSearchParams({ min: "1,499", max: "₹ 2999.5" })).toMatchObject({ min: 1499, max: 2999.5 });
    expect(parseSearchParams({ min: "2000", max: "500" })).toMatchObject({ min: 500, max: 2000 });
    expect(parseSearchParams({ min: "0" })).toMatchObject({ min: 0, max: null });
  });

  it("drops empty, duplicate and oversized facet values and caps their number", () => {
    const parsed = parseSearchParams({
      color: [
        "",
        " Black ",
        "Black",
        "BLACK",
        "x".repeat(101),
        ...Array.from({ length: 30 }, (_, index) => `c${index}`),
      ],
    });
    expect(parsed.color[0]).toBe("Black");
    expect(parsed.color).toHaveLength(20);
    expect(parsed.color.some((value) => value.length > 100)).toBe(false);
  });

  it("reads the in-stock toggle", () => {
    expect(parseSearchParams({ instock: "1" }).inStock).toBe(true);
    expect(parseSearchParams({ instock: "0" }).inStock).toBe(false);
    expect(parseSearchParams({ instock: "yes please" }).inStock).toBe(false);
  });
});

describe("searchFilter", () => {
  it("is undefined when nothing is filtered", () => {
    expect(searchFilter(state({ q: "tee", sort: "name", page: 4 }))).toBeUndefined();
  });

  it("joins facets with AND, values with IN, and the price with TO", () => {
    expect(
      searchFilter(
        state({
          category: ["T-shirts", "Hoodies & Sweatshirts"],
          color: ["Black"],
          min: 500,
          max: 1500,
          inStock: true,
        }),
      ),
    ).toBe(
      'categories.name IN ["T-shirts", "Hoodies & Sweatshirts"] AND attributes.color IN ["Black"] AND ' +
        "pricing.selling_price 500 TO 1500 AND stock_available = true",
    );
    expect(searchFilter(state({ min: 500 }))).toBe("pricing.selling_price >= 500");
    expect(searchFilter(state({ max: 999.5 }))).toBe("pricing.selling_price <= 999.5");
  });

  it("can leave one facet out", () => {
    expect(searchFilter(state({ color: ["Black"], size: ["M"] }), "color")).toBe('attributes.size IN ["M"]');
    expect(searchFilter(state({ color: ["Black"] }), "color")).toBeUndefined();
  });

  it("escapes quotes and backslashes so any value stays one value", () => {
    expect(quoteFilterValue('12" \\ wide')).toBe('"12\\" \\\\ wide"');
    const nasty = ['Say "hi"', "back\\slash", 'ends with \\", AND stock_available = false', "] OR x = [", "AND"];
    const parsed = parseFilter(searchFilter(state({ color: nasty }))!);
    expect(parsed).toEqual({ type: "in", attribute: "attributes.color", values: nasty });
  });

  it("produces filters the demo API's parser accepts", () => {
    const full = state({ category: ["Mugs & Drinkware"], color: ["Sky Blue"], size: ["UK 8–11"], max: 2000 });
    expect(() => parseFilter(searchFilter(full)!)).not.toThrow();
  });
});

describe("buildSearchBody", () => {
  it("builds the API body", () => {
    expect(buildSearchBody(state({ q: "tee", page: 2, sort: "price-asc", size: ["M"] }))).toEqual({
      query: "tee",
      page: 2,
      limit: 24,
      facets: ["categories.name", "attributes.color", "attributes.size", "pricing.selling_price", "stock_available"],
      filter: 'attributes.size IN ["M"]',
      sort: ["pricing.selling_price:asc"],
    });
  });

  it("leaves out the filter when there is none and sorts by relevance with no keys", () => {
    const body = buildSearchBody(DEFAULT_SEARCH_STATE);
    expect(body).not.toHaveProperty("filter");
    expect(body.sort).toEqual([]);
    expect(buildSearchBody(state({ sort: "rating" })).sort).toEqual(["rating:desc"]);
    expect(buildSearchBody(state({ sort: "name" })).sort).toEqual(["product_name:asc"]);
  });
});

describe("searchHref", () => {
  it("is /search for the default state", () => {
    expect(searchHref(DEFAULT_SEARCH_STATE)).toBe("/search");
  });

  it("drops defaults and encodes values", () => {
    expect(searchHref(state({ q: "cotton tee", color: ["Black", "Sky Blue"], page: 1, sort: "relevance" }))).toBe(
      "/search?q=cotton+tee&color=Black&color=Sky+Blue",
    );
    expect(searchHref(state({ category: ["Hoodies & Sweatshirts"], min: 0 }))).toBe(
      "/search?category=Hoodies+%26+Sweatshirts&min=0",
    );
  });

  it("round-trips every state through the URL", () => {
    const states = [
      state({ q: 'say "hi" & bye', page: 7, sort: "name" }),
      state({ category: ["T-shirts"], color: ["Black", "Navy"], size: ["UK 8"], min: 10.5, max: 99, inStock: true }),
    ];
    for (const original of states) {
      const url = new URL(searchHref(original), "http://store.test");
      expect(url.pathname).toBe("/search");
      expect(parseSearchParams(url.searchParams)).toEqual(original);
    }
  });
});

describe("state changes", () => {
  it("goes back to page 1 on any change but the page", () => {
    expect(withChanges(state({ page: 3 }), { sort: "name" })).toMatchObject({ page: 1, sort: "name" });
    expect(withChanges(state({ page: 3 }), { page: 4 }).page).toBe(4);
  });

  it("toggles facet values on and off", () => {
    const on = toggleFacetValue(state({ page: 2 }), "color", "Black");
    expect(on).toMatchObject({ color: ["Black"], page: 1 });
    expect(toggleFacetValue(on, "color", "Black").color).toEqual([]);
    expect(toggleFacetValue(state({ color: ["black", "Navy"] }), "color", "Black").color).toEqual(["Navy"]);
  });

  it("clears filters but keeps the query and sort", () => {
    const refined = state({ q: "tee", sort: "rating", page: 2, color: ["Black"], min: 5, inStock: true });
    expect(withoutFilters(refined)).toEqual(state({ q: "tee", sort: "rating" }));
  });

  it("counts applied filters and tells refined URLs apart", () => {
    expect(appliedFilterCount(state({ color: ["a", "b"], min: 1, max: 2, inStock: true }))).toBe(4);
    expect(isRefined(state({ q: "tee" }))).toBe(false);
    expect(isRefined(state({ q: "tee", page: 2 }))).toBe(true);
    expect(isRefined(state({ sort: "name" }))).toBe(true);
    expect(isRefined(state({ size: ["M"] }))).toBe(true);
  });

  it("has a canonical URL with the query only", () => {
    expect(canonicalSearchHref(state({ q: "tee", page: 3, color: ["Black"] }))).toBe("/search?q=tee");
    expect(canonicalSearchHref(state({ sort: "name" }))).toBe("/search");
  });
});
