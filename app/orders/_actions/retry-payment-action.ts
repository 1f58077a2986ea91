"use server";

import { redirect } from "next/navigation";
import { paymentReturnUrl } from "@/app/checkout/_lib/payment-return-url";
import { formError, type CheckoutFormState } from "@/app/_lib/form-state";
import { retryOrderPayment } from "@/lib/commerce/checkout";
import { CommerceApiError } from "@/lib/commerce/client";

/** "Try paying again" on an order whose payment failed: a new payment page for the same order. */
export async function retryPaymentAction(
  orderNumber: string,
  _previous: CheckoutFormState,
): Promise<CheckoutFormState> {
  let paymentUrl: string;
  try {
    paymentUrl = await retryOrderPayment(orderNumber, await paymentReturnUrl());
  } catch (error) {
    if (!(error instanceof CommerceApiError)) throw error;
    if (error.status === 401) redirect(`/sign-in?next=${encodeURIComponent(`/orders/${orderNumber}`)}`);
    if (error.status === null || error.status >= 500) {
      console.error(`[orders] retry payment failed: ${error.message}`);
      return formError("We couldn’t reach the store. Please try again in a moment.");
    }
    return formError(error.message);
  }
  redirect(paymentUrl);
}
