import { describe, expect, it } from "vitest";
import { isListingVariant, listingHref, listingQuery, parseListingParams } from "./listing-params";

describe("category listing params", () => {
  it("reads a known sort and page", () => {
    expect(parseListingParams({ sort: "price-desc", page: "3" })).toEqual({ sort: "price-desc", page: 3 });
    expect(parseListingParams({ sort: ["rating", "name"], page: ["2"] })).toEqual({ sort: "rating", page: 2 });
  });

  it("falls back to the defaults for anything else", () => {
    for (const page of [undefined, "", "0", "-1", "1.5", "abc", "1e3", "99999999999", " 2"]) {
      expect(parseListingParams({ page }).page, String(page)).toBe(1);
    }
    for (const sort of [undefined, "", "cheapest", "PRICE-ASC", "__proto__"]) {
      expect(parseListingParams({ sort }).sort, String(sort)).toBe("newest");
    }
  });

  it("writes URLs without the defaults", () => {
    expect(listingHref("t-shirts", { sort: "newest", page: 1 })).toBe("/categories/t-shirts");
    expect(listingHref("t-shirts", { sort: "name", page: 1 })).toBe("/categories/t-shirts?sort=name");
    expect(listingHref("t-shirts", { sort: "newest", page: 2 })).toBe("/categories/t-shirts?page=2");
    expect(listingHref("a b", { sort: "price-asc", page: 4 })).toBe("/categories/a%20b?sort=price-asc&page=4");
    expect(isListingVariant({ sort: "newest", page: 1 })).toBe(false);
    expect(isListingVariant({ sort: "newest", page: 2 })).toBe(true);
    expect(isListingVariant({ sort: "rating", page: 1 })).toBe(true);
  });

  it("maps sorts to the data layer, with no sort key for the API's own order", () => {
    expect(listingQuery("socks", { sort: "newest", page: 1 })).toEqual({ categorySlug: "socks", page: 1, limit: 8 });
    expect("sort" in listingQuery("socks", { sort: "newest", page: 1 })).toBe(false);
    expect(listingQuery("socks", { sort: "price-desc", page: 2 }).sort).toEqual({
      field: "selling_price",
      direction: "desc",
    });
    expect(listingQuery("socks", { sort: "rating", page: 1 }).sort).toEqual({ field: "rating", direction: "desc" });
  });
});
