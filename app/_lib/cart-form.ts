import type { CartLineInput } from "@/lib/commerce/cart-changes";
import type { CartView } from "./cart-view";

/**
 * The cart's HTML forms: the fields they post, how they are read back (every field is untrusted), and the state a
 * form shows after its server action ran. Shared by the server actions and the client components that render the
 * forms, so it imports nothing server-only (the line type above is erased at compile time).
 */

export const CART_FIELDS = {
  productId: "product_id",
  variantId: "variant_id",
  quantity: "quantity",
  couponCode: "coupon_code",
} as const;

export type CartFormState =
  | { status: "idle" }
  /**
   * `id` differs for every answer, so the same message twice is still announced (and reacted to) twice. `cart` is the
   * cart as the API holds it after the change (null: none), or undefined when a failed change left it as it was.
   */
  | { status: "done"; message: string; id: number; cart?: CartView | null }
  | { status: "error"; message: string; id: number; cart?: CartView | null };

export const IDLE: CartFormState = { status: "idle" };

/** The answer to a form posted without JavaScript, shown on the cart page it redirects to. */
export interface CartNotice {
  tone: "done" | "error";
  message: string;
  /** The form it answers, so a coupon error can sit under the coupon field. */
  form: "line" | "coupon";
}

/** A notice as the state its form would have shown, had it been answered in place. */
export function noticeState(notice: CartNotice | null, form: CartNotice["form"]): CartFormState {
  if (!notice || notice.form !== form) return IDLE;
  return { status: notice.tone, message: notice.message, id: 0 };
}

/** Generous bounds: the API enforces each product's real minimum, maximum and step. */
const MAX_QUANTITY = 10_000;
const MAX_ID_LENGTH = 100;
const MAX_COUPON_LENGTH = 64;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A cart line from a form; `allowZero` for "set quantity" forms, where 0 means remove. */
export function readCartLine(form: FormData, { allowZero }: { allowZero: boolean }): Parsed<CartLineInput> {
  const productId = text(form, CART_FIELDS.productId);
  const variantId = text(form, CART_FIELDS.variantId) || null;
  if (!productId || productId.length > MAX_ID_LENGTH || (variantId && variantId.length > MAX_ID_LENGTH)) {
    return { ok: false, message: "That product could not be found. Please reload the page and try again." };
  }
  const raw = text(form, CART_FIELDS.quantity) || "1";
  const quantity = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  const least = allowZero ? 0 : 1;
  if (!Number.isInteger(quantity) || quantity < least || quantity > MAX_QUANTITY) {
    return { ok: false, message: `Choose a quantity from ${least} to ${MAX_QUANTITY.toLocaleString("en-IN")}.` };
  }
  return { ok: true, value: { productId, variantId, quantity } };
}

export function readCouponCode(form: FormData): Parsed<string> {
  const code = text(form, CART_FIELDS.couponCode);
  if (!code) return { ok: false, message: "Enter a coupon code." };
  if (code.length > MAX_COUPON_LENGTH || !/^[\p{L}\p{N}_-]+$/u.test(code)) {
    return { ok: false, message: "Coupon codes are letters and numbers, like WELCOME10." };
  }
  return { ok: true, value: code.toUpperCase() };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
