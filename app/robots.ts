import type { MetadataRoute } from "next";
import { absoluteUrl } from "./_lib/site-url";
import { getConfigStatus } from "@/lib/config";

/** Crawl everything but the API, the cart and checkout; the sitemap lists the store's pages. */
export default function robots(): MetadataRoute.Robots {
  if (getConfigStatus().kind !== "ready") return { rules: { userAgent: "*", disallow: "/" } };
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/cart", "/checkout"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
