import { describe, expect, it } from "vitest";
import { isNoindexListing } from "./listing-robots";

const at = (path: string) => new URL(path, "https://shop.example");

describe("isNoindexListing", () => {
  it("keeps a category's first page in its default order indexable", () => {
    expect(isNoindexListing(at("/categories/t-shirts"))).toBe(false);
    expect(isNoindexListing(at("/categories/t-shirts?sort=newest&page=1"))).toBe(false);
  });

  it("keeps sorted and later pages out of the index", () => {
    expect(isNoindexListing(at("/categories/t-shirts?sort=price-asc"))).toBe(true);
    expect(isNoindexListing(at("/categories/t-shirts?page=2"))).toBe(true);
  });

  it("treats nonsense parameters as the defaults they fall back to", () => {
    expect(isNoindexListing(at("/categories/t-shirts?sort=__proto__&page=-4"))).toBe(false);
  });

  it("leaves other pages alone", () => {
    expect(isNoindexListing(at("/products/classic-fleece-hoodie?page=2"))).toBe(false);
    expect(isNoindexListing(at("/?sort=price-asc"))).toBe(false);
  });
});
