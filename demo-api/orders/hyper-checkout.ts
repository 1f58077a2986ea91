import { randomUUID } from "node:crypto";
import type { JusPayHyperCheckoutResponse } from "@commercengine/storefront-sdk";
import type { StoredOrder } from "./order-store";
import type { PaymentAttempt } from "./payment-state";

/** Where the demo serves its stand-in for JusPay's hosted payment page. */
export const PAYMENT_PAGE_PATH = "/__demo/pay/";

export function paymentPageUrl(publicOrigin: string, paymentId: string): string {
  return `${publicOrigin.replace(/\/+$/, "")}${PAYMENT_PAGE_PATH}${encodeURIComponent(paymentId)}`;
}

/**
 * What `POST /orders` and retry-payment answer for `integration_type: "hyper-checkout"`: the page to send the shopper
 * to, and an SDK payload shaped like JusPay's (enough for a client that reads `orderId`, `amount` or `returnUrl`).
 */
export function hyperCheckoutResponse(
  order: StoredOrder,
  attempt: PaymentAttempt,
  publicOrigin: string,
): JusPayHyperCheckoutResponse {
  const expiry = new Date(attempt.expiresAt).toISOString();
  const billing = order.snapshot.billing_address;
  return {
    id: attempt.id,
    status: "NEW",
    order_id: order.orderNumber,
    payment_links: { web: paymentPageUrl(publicOrigin, attempt.id), expiry },
    sdk_payload: {
      requestId: randomUUID(),
      service: "in.juspay.hyperpay",
      payload: {
        clientId: "aurora-goods-demo",
        merchantId: "aurora-goods-demo",
        environment: "sandbox",
        action: "paymentPage",
        orderId: order.orderNumber,
        amount: attempt.amount.toFixed(2),
        currency: order.snapshot.currency?.code ?? "INR",
        customerId: order.customerId ?? order.userId,
        ...(billing && {
          firstName: billing.first_name,
          ...(billing.last_name && { lastName: billing.last_name }),
          customerEmail: billing.email,
          customerPhone: billing.phone,
        }),
        returnUrl: attempt.returnUrl,
        description: `Order ${order.orderNumber}`,
      },
    },
    order_expiry: expiry,
  };
}

/** The shopper's way back, with the outcome appended as JusPay does (`order_id`, `status`); its own query is kept. */
export function returnUrlWithOutcome(returnUrl: string, orderNumber: string, outcome: "success" | "failed"): string {
  const url = new URL(returnUrl);
  url.searchParams.set("order_id", orderNumber);
  url.searchParams.set("status", outcome === "success" ? "CHARGED" : "AUTHORIZATION_FAILED");
  return url.toString();
}
