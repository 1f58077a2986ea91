import { isListingVariant, parseListingParams } from "./listing-params";

/**
 * Whether a URL is a sorted or later page of a category listing: it repeats the category's products, so search
 * engines should not index it (they still follow its links). Said with an `X-Robots-Tag` header by the middleware,
 * because the page's <head> is prerendered from the path alone and cannot depend on the query string.
 */
export function isNoindexListing(url: URL): boolean {
  if (!url.pathname.startsWith("/categories/")) return false;
  return isListingVariant(parseListingParams(Object.fromEntries(url.searchParams)));
}
