import { sitemapFile, sitemapFileCount, sitemapFileUrl } from "@/app/_lib/sitemap-entries";
import { sitemapIndexXml, urlsetXml, xmlResponse } from "@/app/_lib/sitemap-xml";
import { getConfigStatus } from "@/lib/config";

/**
 * /sitemap.xml, the address robots.txt announces. While the store fits in one file (5,000 URLs: home,
 * search, every category and product) it is the whole sitemap; above that, a sitemap index of the files
 * /sitemap/0.xml, /sitemap/1.xml… (app/sitemap/[file]/route.ts).
 *
 * Hand-written rather than app/sitemap.ts with generateSitemaps(): that convention cannot serve an
 * index at /sitemap.xml (Next.js reports a conflicting route), so crawlers would find no sitemap there.
 */
export async function GET(): Promise<Response> {
  if (getConfigStatus().kind !== "ready") return xmlResponse(urlsetXml([]));
  const count = await sitemapFileCount();
  if (count === 1) return xmlResponse(urlsetXml(await sitemapFile(0)));
  return xmlResponse(sitemapIndexXml(Array.from({ length: count }, (_, index) => sitemapFileUrl(index))));
}
