/**
 * The cookie that carries the answer of a cart form posted without JavaScript to the cart page it redirects to (set
 * by the cart's server actions, read by the cart page). Edge-safe, for the middleware: a notice is shown on one view
 * of the cart page only. Next.js hands cookies the middleware sets to the page it renders, so the middleware cannot
 * simply delete the cookie on that view; it marks it seen instead, and deletes it on the next.
 */
export const CART_NOTICE_COOKIE = "ce_cart_notice";
export const CART_NOTICE_PATH = "/cart";

const FRESH = "new:";
const SEEN = "seen:";

/** The cookie value for a new notice. */
export function freshNotice(payload: string): string {
  return `${FRESH}${payload}`;
}

/** The notice's payload, whether new or seen; null for anything else. */
export function noticePayload(value: string): string | null {
  if (value.startsWith(FRESH)) return value.slice(FRESH.length);
  if (value.startsWith(SEEN)) return value.slice(SEEN.length);
  return null;
}

/** What the cookie becomes as the cart page is served: a new notice is marked seen, a seen one goes (null). */
export function afterView(value: string): string | null {
  return value.startsWith(FRESH) ? `${SEEN}${value.slice(FRESH.length)}` : null;
}
