import { isbot } from "isbot";

/**
 * What kind of request reached the middleware, as far as sessions are concerned. Edge-safe.
 * - "shopper": gets a session (minted on the first visit, refreshed near expiry).
 * - "no-session": served as it is, without minting: crawlers and other bots (detected by `isbot`, a maintained
 *   user-agent list) and HEAD requests see the public catalog, and the API's user store is not filled with one
 *   anonymous user per crawler hit.
 * - "bad-method" / "bad-path": answered by the middleware with a 4xx before any page runs.
 */
export type RequestKind = "shopper" | "no-session" | "bad-method" | "bad-path";

/** Methods a page takes: reads, and POST for server actions. Route handlers answer other methods themselves. */
const PAGE_METHODS = new Set(["GET", "HEAD", "POST"]);

export function classifyRequest(request: { method: string; pathname: string; userAgent: string | null }): RequestKind {
  if (!isServablePath(request.pathname)) return "bad-path";
  if (!request.pathname.startsWith("/api/") && !PAGE_METHODS.has(request.method)) return "bad-method";
  if (request.method === "HEAD" || isbot(request.userAgent)) return "no-session";
  return "shopper";
}

/** No real slug comes near this; Next.js would try to cache a page under a file name that long and fail. */
const MAX_SEGMENT_LENGTH = 200;

/**
 * A path the site can serve: it decodes (malformed percent-escapes such as "%E0%A4%A" would end in a 500), has no
 * control characters (a NUL byte breaks Next.js's page cache), and no absurdly long segment.
 */
function isServablePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return false;
  return decoded.split("/").every((segment) => segment.length <= MAX_SEGMENT_LENGTH);
}
