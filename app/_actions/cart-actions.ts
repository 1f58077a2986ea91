"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect, RedirectType, unstable_rethrow } from "next/navigation";
import { readCartLine, readCouponCode, type CartFormState, type CartNotice } from "@/app/_lib/cart-form";
import { setCartNotice } from "@/app/_lib/cart-notice";
import { formatPrice } from "@/app/_lib/format-price";
import {
  addToCart,
  applyCartCoupon,
  CartChangeError,
  removeCartCoupon,
  setCartLineQuantity,
} from "@/lib/commerce/cart-changes";

/**
 * The cart's server actions. Each is the `action` of an HTML form. With JavaScript the form calls it in a transition
 * and shows the change at once; the action refreshes the page, so the header count, the drawer and the cart page all
 * show the cart the API now holds. Without JavaScript the browser posts the form: the action answers with a redirect
 * to the cart page, carrying its message there (see cart-notice).
 */

export async function addToCartAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: false });
  return answer("line", async () => {
    if (!line.ok) throw new CartChangeError(line.message, "rejected");
    const cart = await addToCart(line.value);
    const item = cart.cart_items.find(
      (entry) => entry.product_id === line.value.productId && (entry.variant_id ?? null) === line.value.variantId,
    );
    return item ? `Added to your cart. You have ${item.quantity} of ${item.product_name}.` : "Added to your cart.";
  });
}

export async function updateCartLineAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: true });
  return answer("line", async () => {
    if (!line.ok) throw new CartChangeError(line.message, "rejected");
    const cart = await setCartLineQuantity(line.value);
    if (!cart) return "Your cart has expired, so it is empty now.";
    return line.value.quantity === 0 ? "Removed from your cart." : `Quantity updated to ${line.value.quantity}.`;
  });
}

export async function applyCouponAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const code = readCouponCode(form);
  return answer("coupon", async () => {
    if (!code.ok) throw new CartChangeError(code.message, "rejected");
    const cart = await applyCartCoupon(code.value);
    const applied = cart.coupon_code ?? code.value;
    const saved = cart.coupon_discount_amount;
    return saved > 0
      ? `${applied} applied: you save ${formatPrice(saved, cart.currency.code)}.`
      : `${applied} applied.`;
  });
}

export async function removeCouponAction(_previous: CartFormState, _form: FormData): Promise<CartFormState> {
  return answer("coupon", async () => {
    await removeCartCoupon();
    return "Coupon removed.";
  });
}

/** Runs a change and answers the form: in place for script-driven calls, by redirect for plain form posts. */
async function answer(form: CartNotice["form"], change: () => Promise<string>): Promise<CartFormState> {
  let state: CartFormState;
  try {
    state = { status: "done", message: await change(), id: Date.now() };
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof CartChangeError)) throw error;
    state = { status: "error", message: error.message, id: Date.now() };
  }
  // Script-driven calls carry this header; a form posted by a browser without JavaScript does not.
  if (!(await headers()).has("next-action")) {
    await setCartNotice({ tone: state.status === "error" ? "error" : "done", message: state.message, form });
    redirect("/cart", RedirectType.push);
  }
  // Also after a failure: the change may have found the cart gone, which the page should now show.
  refresh();
  return state;
}
