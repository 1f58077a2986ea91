import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/config";
import type { CartNotice } from "./cart-form";

/**
 * The answer to a cart form posted without JavaScript. Such a post is answered with a redirect to the cart page
 * (so a reload does not post it again), and the message travels in this short-lived cookie. Only the cart page
 * reads it: the one page rendered whole for each request, so it shows without a script.
 */

import { CART_NOTICE_COOKIE as COOKIE, CART_NOTICE_PATH, freshNotice, noticePayload } from "@/lib/cart-notice-cookie";
const MAX_MESSAGE_LENGTH = 300;

export async function setCartNotice(notice: CartNotice): Promise<void> {
  const payload = JSON.stringify({ ...notice, message: notice.message.slice(0, MAX_MESSAGE_LENGTH) });
  (await cookies()).set(COOKIE, freshNotice(payload), {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().secureCookies,
    path: CART_NOTICE_PATH,
    // The middleware retires it as the cart page is served (see cart-notice-cookie); the short lifetime covers a
    // redirect that is never followed.
    maxAge: 60,
  });
}

export async function readCartNotice(): Promise<CartNotice | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  const raw = value ? noticePayload(value) : null;
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { tone, message, form } = value as Record<string, unknown>;
    if (
      (tone !== "done" && tone !== "error") ||
      typeof message !== "string" ||
      (form !== "line" && form !== "coupon")
    ) {
      return null;
    }
    return { tone, message: message.slice(0, MAX_MESSAGE_LENGTH), form };
  } catch {
    return null;
  }
}
