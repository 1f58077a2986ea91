"use server";

import { redirect } from "next/navigation";
import { paymentReturnUrl } from "@/app/checkout/_lib/payment-return-url";
import { formError, type FormState } from "@/app/_lib/form-state";
import { retryOrderPayment } from "@/lib/commerce/checkout";
import { CommerceApiError } from "@/lib/commerce/client";

/** "Try paying again" on an order whose payment failed: a new payment page for the same order. */
export async function retryPaymentAction(orderNumber: string, _previous: FormState): Promise<FormState> {
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
    console.warn(`[orders] retry payment refused: ${error.message}`);
    // Most often a payment page is still open (it expires within minutes), or the order was paid meanwhile.
    return formError(
      "A new payment can’t be started just now: the last one may still be open or already paid. Reload this page in a minute.",
    );
  }
  redirect(paymentUrl);
}
