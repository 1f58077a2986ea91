"use server";

import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { formatPrice } from "@/app/_lib/format-price";
import { readCartLine, readCouponCode, type CartFormState } from "@/app/_lib/cart-form";
import {
  addToCart,
  applyCartCoupon,
  CartChangeError,
  removeCartCoupon,
  setCartLineQuantity,
} from "@/lib/commerce/cart-changes";

/**
 * The cart's server actions. Each is the `action` of an HTML form, so it works before (and without) JavaScript; with
 * JavaScript the form calls it in a transition and shows the change at once. Every action refreshes the page, so the
 * header count, the drawer and the cart page all show the cart the API now holds.
 */

export async function addToCartAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: false });
  if (!line.ok) return failed(line.message);
  return run(async () => {
    const cart = await addToCart(line.value);
    const item = cart.cart_items.find(
      (entry) => entry.product_id === line.value.productId && (entry.variant_id ?? null) === line.value.variantId,
    );
    return item ? `Added to your cart. You have ${item.quantity} of ${item.product_name}.` : "Added to your cart.";
  });
}

export async function updateCartLineAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const line = readCartLine(form, { allowZero: true });
  if (!line.ok) return failed(line.message);
  return run(async () => {
    const cart = await setCartLineQuantity(line.value);
    if (!cart) return "Your cart has expired, so it is empty now.";
    return line.value.quantity === 0 ? "Removed from your cart." : `Quantity updated to ${line.value.quantity}.`;
  });
}

export async function applyCouponAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const code = readCouponCode(form);
  if (!code.ok) return failed(code.message);
  return run(async () => {
    const cart = await applyCartCoupon(code.value);
    const saved = cart.coupon_discount_amount;
    return saved > 0
      ? `${cart.coupon_code ?? code.value} applied: you save ${formatPrice(saved, cart.currency.code)}.`
      : `${cart.coupon_code ?? code.value} applied.`;
  });
}

export async function removeCouponAction(_previous: CartFormState, _form: FormData): Promise<CartFormState> {
  return run(async () => {
    await removeCartCoupon();
    return "Coupon removed.";
  });
}

async function run(change: () => Promise<string>): Promise<CartFormState> {
  try {
    const message = await change();
    return { status: "done", message, id: Date.now() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CartChangeError) return failed(error.message);
    throw error;
  } finally {
    // Also after a failure: the change may have found the cart gone, which the page should now show.
    refresh();
  }
}

function failed(message: string): CartFormState {
  return { status: "error", message, id: Date.now() };
}
