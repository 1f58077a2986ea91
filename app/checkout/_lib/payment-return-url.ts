import "server-only";
import { headers } from "next/headers";
import { absoluteUrl } from "@/app/_lib/site-url";

export const PAYMENT_RETURN_PATH = "/checkout/payment-return";

/**
 * Where the payment page sends the shopper afterwards: this storefront, at the address the shopper is using. Called
 * from server actions, which Next.js only runs for same-origin requests, so their Origin header is this site.
 */
export async function paymentReturnUrl(): Promise<string> {
  const origin = (await headers()).get("origin");
  return origin && /^https?:\/\/[^/\s]+$/.test(origin)
    ? `${origin}${PAYMENT_RETURN_PATH}`
    : absoluteUrl(PAYMENT_RETURN_PATH);
}
