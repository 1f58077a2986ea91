"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect, RedirectType, unstable_rethrow } from "next/navigation";
import { readCartLine, readCouponCode, type CartFormState, type CartNotice } from "@/app/_lib/cart-form";
import { setCartNotice } from "@/app/_lib/cart-notice";
import { toCartView } from "@/app/_lib/cart-view";
import { formatPrice } from "@/app/_lib/format-price";
import type { Cart } from "@commercengine/storefront-sdk";
import {
  addToCart,
  applyCartCoupon,
  CartChangeError,
  removeCartCoupon,
  setCartLineQuantity,
} from "@/lib/commerce/cart-changes";

/**
 * The cart's server actions. Each is the `action` of an HTML form. With JavaScript the form calls it in a transition
 * and shows the change at once; the answer carries the cart the API now holds (for the header and the drawer), and
 * the action refreshes the page (for the cart page). Without JavaScript the browser posts the form: the action answers
 * with a redirect to the cart page, carrying its message there (see cart-notice).
 */

export async function addToCartAction(form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: false });
  return answer("line", async () => {
    if (!line.ok) throw new CartChangeError(line.message, "rejected");
    const cart = await addToCart(line.value);
    const item = cart.cart_items.find(
      (entry) => entry.product_id === line.value.productId && (entry.variant_id ?? null) === line.value.variantId,
    );
    const message = item
      ? `Added to your cart. You have ${item.quantity} of ${item.product_name}.`
      : "Added to your cart.";
    return { message, cart };
  });
}

export async function updateCartLineAction(form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: true });
  return answer("line", async () => {
    if (!line.ok) throw new CartChangeError(line.message, "rejected");
    const cart = await setCartLineQuantity(line.value);
    if (!cart) return { message: "Your cart has expired, so it is empty now.", cart };
    const message =
      line.value.quantity === 0 ? "Removed from your cart." : `Quantity updated to ${line.value.quantity}.`;
    return { message, cart };
  });
}

export async function applyCouponAction(form: FormData): Promise<CartFormState> {
  const code = readCouponCode(form);
  return answer("coupon", async () => {
    if (!code.ok) throw new CartChangeError(code.message, "rejected");
    const cart = await applyCartCoupon(code.value);
    const applied = cart.coupon_code ?? code.value;
    const saved = cart.coupon_discount_amount;
    const message =
      saved > 0 ? `${applied} applied: you save ${formatPrice(saved, cart.currency.code)}.` : `${applied} applied.`;
    return { message, cart };
  });
}

export async function removeCouponAction(): Promise<CartFormState> {
  return answer("coupon", async () => ({ message: "Coupon removed.", cart: await removeCartCoupon() }));
}

/** Runs a change and answers the form: in place for script-driven calls, by redirect for plain form posts. */
async function answer(
  form: CartNotice["form"],
  change: () => Promise<{ message: string; cart: Cart | null }>,
): Promise<CartFormState> {
  let state: CartFormState;
  try {
    const { message, cart } = await change();
    state = { status: "done", message, id: Date.now(), cart: cart ? toCartView(cart) : null };
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
