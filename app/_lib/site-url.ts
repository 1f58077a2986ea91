import "server-only";
import { getConfig } from "@/lib/config";

/**
 * An absolute URL on this storefront (canonical links, the sitemap, structured data), from the
 * configured SITE_URL. Static pages bake it in at build time, so set SITE_URL for the build too.
 */
export function absoluteUrl(path = "/"): string {
  return new URL(path, getConfig().siteUrl).toString();
}
