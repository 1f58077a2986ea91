"use server";

import type { Cart } from "@commercengine/storefront-sdk";
import { redirect } from "next/navigation";
import { formError, type FormState } from "@/app/_lib/form-state";
import { getActiveCart } from "@/lib/commerce/cart";
import { getCountryStates, placeOrder, saveCartAddresses, saveFulfillmentPreference } from "@/lib/commerce/checkout";
import { CommerceApiError } from "@/lib/commerce/client";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { apiFieldErrors, BILLING_SAME, readAddressForm } from "../_lib/address-form";
import { readDeliveryChoice } from "../_lib/delivery-choice";
import { REVIEWED_TOTAL_FIELD, TOTAL_CHANGED_PARAM } from "../_lib/reviewed-total";
import { paymentReturnUrl } from "../_lib/payment-return-url";

/**
 * The checkout steps' server actions. Each checks that the shopper is still signed in and still has a cart (a
 * session can expire mid-checkout), explains a refusal in place without losing what was typed, and moves on to the
 * next step with a redirect.
 */

const SIGNED_OUT = "/checkout/contact";
const UNREACHABLE = "We couldn’t reach the store, so nothing was saved. Please try again.";
const CHECK_FIELDS = "Please check the highlighted fields.";

export async function saveAddressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const shopper = await signedInShopper();
  if (!shopper) redirect(SIGNED_OUT);
  const values = typedValues(form);
  const loaded = await cartFor(values);
  if ("answer" in loaded) return loaded.answer;
  const { cart } = loaded;
  let stateNames: string[];
  try {
    stateNames = (await getCountryStates("IN")).map((state) => state.name);
  } catch (error) {
    return formError(refusal(error), { values });
  }
  // The account's address goes on the order; the API explains it if the account has none.
  const parsed = readAddressForm(form, stateNames, shopper.email ?? "");
  if (!parsed.ok) return formError(CHECK_FIELDS, parsed);
  try {
    await saveCartAddresses(cart.id, parsed.shipping, parsed.billing);
  } catch (error) {
    const fieldErrors =
      error instanceof CommerceApiError ? apiFieldErrors(error.fieldErrors, form.get(BILLING_SAME) !== null) : {};
    const message = Object.keys(fieldErrors).length > 0 ? CHECK_FIELDS : refusal(error);
    return formError(message, { fieldErrors, values });
  }
  redirect("/checkout/delivery");
}

export async function saveDeliveryAction(_previous: FormState, form: FormData): Promise<FormState> {
  if (!(await signedInShopper())) redirect(SIGNED_OUT);
  const loaded = await cartFor();
  if ("answer" in loaded) return loaded.answer;
  const { cart } = loaded;
  const choice = readDeliveryChoice(form.get("delivery"));
  if (!choice) return formError("Choose how you’d like to get your order.");
  try {
    await saveFulfillmentPreference(cart.id, choice);
  } catch (error) {
    return formError(refusal(error));
  }
  redirect("/checkout/review");
}

export async function placeOrderAction(_previous: FormState, form: FormData): Promise<FormState> {
  if (!(await signedInShopper())) redirect(SIGNED_OUT);
  const loaded = await cartFor();
  if ("answer" in loaded) return loaded.answer;
  const { cart } = loaded;
  // The form carries the total the shopper reviewed, so they never pay an amount they did not see.
  if (form.get(REVIEWED_TOTAL_FIELD) !== String(cart.to_be_paid)) {
    // Another tab changed the cart since this page was drawn: show the new total before taking any money.
    redirect(`/checkout/review?${TOTAL_CHANGED_PARAM}=1`);
  }
  let next: string;
  try {
    const placed = await placeOrder(cart, await paymentReturnUrl());
    // Without a payment page to go to, the order's page says what to do (pay again, or wait for confirmation).
    next = placed.paymentUrl ?? `/orders/${encodeURIComponent(placed.order.order_number ?? "")}`;
  } catch (error) {
    if (error instanceof CommerceApiError && (error.status === null || error.status >= 500)) {
      console.error(`[checkout] placing the order failed: ${error.message}`);
      // The order may have been placed before the answer was lost: send the shopper to look before trying again.
      return formError(
        "We couldn’t confirm your order. Please check “Your orders” in the account menu before trying again.",
      );
    }
    return formError(refusal(error));
  }
  redirect(next);
}

/** The cart to check out, or the answer to give when there is none to load. Nothing to buy: back to the cart. */
async function cartFor(values?: Record<string, string>): Promise<{ cart: Cart } | { answer: FormState }> {
  let cart: Cart | null;
  try {
    cart = await getActiveCart();
  } catch (error) {
    if (!(error instanceof CommerceApiError)) throw error;
    console.error(`[checkout] could not load the cart: ${error.message}`);
    return { answer: formError(UNREACHABLE, values ? { values } : {}) };
  }
  if (!cart || cart.cart_items.length === 0) redirect("/cart");
  return { cart };
}

function typedValues(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
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
