import type { Product } from "@commercengine/storefront-sdk";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ProductListQuery } from "@/lib/commerce/catalog";
import type { CategoryNode } from "@/lib/commerce/categories";

const catalog = vi.hoisted(() => ({ productCount: 0, calls: [] as { limit: number; page: number }[] }));

vi.mock("@/lib/commerce/catalog", () => ({
  listProducts: async ({ limit, page = 1 }: ProductListQuery) => {
    catalog.calls.push({ limit, page });
    const start = (page - 1) * limit;
    const count = Math.max(0, Math.min(limit, catalog.productCount - start));
    return {
      products: Array.from({ length: count }, (_, i) => ({ slug: `p${start + i}` }) as Product),
      pagination: { total_records: catalog.productCount, total_pages: Math.ceil(catalog.productCount / limit) },
    };
  },
}));

vi.mock("@/lib/commerce/categories", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/commerce/categories")>();
  const node = (slug: string, children: CategoryNode[] = [], parent: string | null = null) =>
    ({ id: slug, slug, name: slug, parent_category_id: parent, child_categories: children }) as unknown as CategoryNode;
  return {
    ...original,
    getCategoryTree: async () => [node("clothing", [node("t-shirts", [], "clothing")]), node("home")],
  };
});

const { SITEMAP_URL_LIMIT, sitemapFile, sitemapFileCount } = await import("./sitemap-entries");

/** Home, search and three categories come before the products. */
const PAGES = 5;

describe("sitemap files", () => {
  beforeEach(() => {
    catalog.calls = [];
  });

  it("puts a small catalog in one file: pages first, then every product", async () => {
    catalog.productCount = 34;
    expect(await sitemapFileCount()).toBe(1);
    const urls = (await sitemapFile(0)).map((entry) => new URL(entry.url).pathname);
    expect(urls.slice(0, PAGES)).toEqual([
      "/",
      "/search",
      "/categories/clothing",
      "/categories/t-shirts",
      "/categories/home",
    ]);
    expect(urls.slice(PAGES)).toEqual(Array.from({ length: 34 }, (_, i) => `/products/p${i}`));
  });

  it("splits a catalog past the limit into files that together list each URL once", async () => {
    catalog.productCount = 2 * SITEMAP_URL_LIMIT + 123;
    const count = await sitemapFileCount();
    expect(count).toBe(3);
    const files = await Promise.all(Array.from({ length: count }, (_, index) => sitemapFile(index)));
    expect(files.map((file) => file.length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, PAGES + 123]);
    const urls = files.flat().map((entry) => new URL(entry.url).pathname);
    expect(new Set(urls).size).toBe(PAGES + catalog.productCount);
    expect(urls.at(-1)).toBe(`/products/p${catalog.productCount - 1}`);
    // The second file starts where the first ended, and only fetches the product pages it needs.
    expect(new URL(files[1]![0]!.url).pathname).toBe(`/products/p${SITEMAP_URL_LIMIT - PAGES}`);
  });

  it("fetches only the product pages a file covers", async () => {
    catalog.productCount = 3 * SITEMAP_URL_LIMIT;
    await sitemapFile(1);
    const pages = catalog.calls.filter((call) => call.limit === 100).map((call) => call.page);
    expect(pages[0]).toBe(Math.floor((SITEMAP_URL_LIMIT - PAGES) / 100) + 1);
    expect(pages.at(-1)).toBe(Math.floor((2 * SITEMAP_URL_LIMIT - PAGES - 1) / 100) + 1);
  });
});
