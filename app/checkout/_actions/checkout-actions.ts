"use server";

import { redirect } from "next/navigation";
import { formError, type CheckoutFormState } from "@/app/_lib/form-state";
import { getActiveCart } from "@/lib/commerce/cart";
import { getCountryStates, placeOrder, saveCartAddresses, saveFulfillmentPreference } from "@/lib/commerce/checkout";
import { CommerceApiError } from "@/lib/commerce/client";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { apiFieldErrors, BILLING_SAME, readAddressForm } from "../_lib/address-form";
import { readDeliveryChoice } from "../_lib/delivery-choice";
import { paymentReturnUrl } from "../_lib/payment-return-url";

/**
 * The checkout steps' server actions. Each checks that the shopper is still signed in and still has a cart (a
 * session can expire mid-checkout), explains a refusal in place, and moves on to the next step with a redirect.
 */

const SIGNED_OUT = "/checkout/contact";
const UNREACHABLE = "We couldn’t reach the store, so nothing was saved. Please try again.";

export async function saveAddressAction(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const shopper = await signedInShopper();
  if (!shopper?.email) redirect(SIGNED_OUT);
  const cart = await cartOrRedirect();
  let stateNames: string[];
  try {
    stateNames = (await getCountryStates("IN")).map((state) => state.name);
  } catch (error) {
    return formError(refusal(error));
  }
  const parsed = readAddressForm(form, stateNames, shopper.email);
  if (!parsed.ok) {
    return formError("Please check the highlighted fields.", parsed);
  }
  try {
    await saveCartAddresses(cart.id, parsed.shipping, parsed.billing);
  } catch (error) {
    const fieldErrors =
      error instanceof CommerceApiError ? apiFieldErrors(error.fieldErrors, form.get(BILLING_SAME) !== null) : {};
    const values = Object.fromEntries(
      [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    return formError(Object.keys(fieldErrors).length > 0 ? "Please check the highlighted fields." : refusal(error), {
      fieldErrors,
      values,
    });
  }
  redirect("/checkout/delivery");
}

export async function saveDeliveryAction(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  if (!(await signedInShopper())) redirect(SIGNED_OUT);
  const cart = await cartOrRedirect();
  const choice = readDeliveryChoice(form.get("delivery"));
  if (!choice) return formError("Choose how you’d like to get your order.");
  try {
    await saveFulfillmentPreference(cart.id, choice);
  } catch (error) {
    return formError(refusal(error));
  }
  redirect("/checkout/review");
}

export async function placeOrderAction(_previous: CheckoutFormState): Promise<CheckoutFormState> {
  if (!(await signedInShopper())) redirect(SIGNED_OUT);
  const cart = await cartOrRedirect();
  let next: string;
  try {
    const placed = await placeOrder(cart, await paymentReturnUrl());
    next = placed.paymentUrl ?? `/orders/${encodeURIComponent(placed.order.order_number ?? "")}`;
  } catch (error) {
    return formError(refusal(error));
  }
  redirect(next);
}

async function cartOrRedirect() {
  try {
    const cart = await getActiveCart();
    if (cart && cart.cart_items.length > 0) return cart;
  } catch (error) {
    if (!(error instanceof CommerceApiError)) throw error;
    console.error(`[checkout] could not load the cart: ${error.message}`);
    redirect("/checkout");
  }
  redirect("/cart");
}

function refusal(error: unknown): string {
  if (!(error instanceof CommerceApiError)) throw error;
  // The session ended at the API (expired, or signed out elsewhere): sign in again.
  if (error.status === 401) redirect(SIGNED_OUT);
  if (error.status === null || error.status >= 500) {
    console.error(`[checkout] ${error.message}`);
    return UNREACHABLE;
  }
  return error.message;
}
