/**
 * The search words as the storefront uses them everywhere. Kept apart from search-params so the header's search
 * box can import it without the rest of the search page's URL handling.
 */
export const MAX_QUERY_LENGTH = 200;

/** Trimmed, inner whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}
