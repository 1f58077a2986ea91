import "server-only";
import type { MetadataRoute } from "next";
import { listProducts } from "@/lib/commerce/catalog";
import { flattenCategories, getCategoryTree } from "@/lib/commerce/categories";
import { categoryHref } from "./nav-links";
import { absoluteUrl } from "./site-url";

/**
 * URLs per sitemap file. Search engines accept up to 50,000; smaller files are quicker to regenerate.
 * A catalog with more URLs is split into several files under a sitemap index at /sitemap.xml.
 */
export const SITEMAP_URL_LIMIT = 5_000;
/** Products per API request while listing them all. */
const PRODUCTS_PER_REQUEST = 100;

type SitemapEntry = MetadataRoute.Sitemap[number];

/** Home, search and every category: the URLs that come before the products. */
async function pageEntries(): Promise<SitemapEntry[]> {
  const categories = flattenCategories(await getCategoryTree());
  return [
    { url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/search"), changeFrequency: "daily", priority: 0.5 },
    ...categories.map((category): SitemapEntry => ({
      url: absoluteUrl(categoryHref(category.slug)),
      changeFrequency: "daily",
      priority: category.parent_category_id ? 0.7 : 0.8,
    })),
  ];
}

/** The address of sitemap file `index`. */
export function sitemapFileUrl(index: number): string {
  return absoluteUrl(`/sitemap/${index}.xml`);
}

/** How many sitemap files the store needs (at least one). */
export async function sitemapFileCount(): Promise<number> {
  const [pages, { pagination }] = await Promise.all([pageEntries(), listProducts({ limit: 1 })]);
  return Math.max(1, Math.ceil((pages.length + pagination.total_records) / SITEMAP_URL_LIMIT));
}

/** The URLs of sitemap file `index` (0-based): pages first, then products in the API's order. */
export async function sitemapFile(index: number): Promise<MetadataRoute.Sitemap> {
  const start = index * SITEMAP_URL_LIMIT;
  const end = start + SITEMAP_URL_LIMIT;
  const pages = await pageEntries();
  const entries = pages.slice(start, end);

  // This file's share of the products, by position in the product list.
  const productStart = Math.max(0, start - pages.length);
  const productEnd = end - pages.length;
  if (productEnd <= 0) return entries;
  const firstPage = Math.floor(productStart / PRODUCTS_PER_REQUEST) + 1;
  const lastPage = Math.floor((productEnd - 1) / PRODUCTS_PER_REQUEST) + 1;
  for (let page = firstPage; page <= lastPage; page++) {
    const { products, pagination } = await listProducts({ limit: PRODUCTS_PER_REQUEST, page });
    const offset = (page - 1) * PRODUCTS_PER_REQUEST;
    products.forEach((product, i) => {
      const position = offset + i;
      if (position < productStart || position >= productEnd) return;
      entries.push({
        url: absoluteUrl(`/products/${encodeURIComponent(product.slug)}`),
        changeFrequency: "weekly",
        priority: 0.6,
      });
    });
    if (page >= pagination.total_pages) break;
  }
  return entries;
}
