/**
 * Pages only a signed-in shopper can use. The middleware sends anyone else to sign in with a real redirect (307)
 * before the page renders: a page that redirects while it renders has already sent its 200 and its shell, so the
 * redirect would only work in a browser that runs scripts. Edge-safe.
 */
const ACCOUNT_PREFIXES = ["/orders/", "/account/"];
/** Checkout steps after the contact step: a guest starts at the contact step instead. */
const CHECKOUT_STEPS_AFTER_SIGN_IN = ["/checkout/address", "/checkout/delivery", "/checkout/review"];

/** Where to send a shopper who is not signed in, or null when the path is open to them. */
export function signInRedirect(pathname: string, search: string, signedIn: boolean): string | null {
  if (signedIn) return null;
  if (CHECKOUT_STEPS_AFTER_SIGN_IN.includes(pathname)) return "/checkout/contact";
  if (ACCOUNT_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    return `/sign-in?next=${encodeURIComponent(pathname + search)}`;
  }
  return null;
}
