import type { IncomingMessage, ServerResponse } from "node:http";
import { STORE_SEED } from "../catalog/seed/store";
import { readFormBody } from "../http/body";
import { ApiError } from "../http/envelope";
import { redirectSeeOther, sendHtml } from "../http/html";
import { PAYMENT_PAGE_PATH, returnUrlWithOutcome } from "../orders/hyper-checkout";
import type { OrderStore } from "../orders/order-store";
import { renderPaymentPage, type PaymentPageOrder } from "../orders/payment-page";
import { attemptState } from "../orders/payment-state";

/**
 * The simulated payment page `payment_links.web` points at, outside the API paths like the demo's controls:
 *   GET  /__demo/pay/{payment_id}  the page: order number, amount, "Pay ₹…" and "Simulate a failed payment"
 *   POST /__demo/pay/{payment_id}  `outcome=success|failure`, as the page's form posts it: settles the payment, then
 *                                  303 to the order's return URL with `order_id` and `status` (CHARGED or
 *                                  AUTHORIZATION_FAILED) added to its query
 * A settled payment stays as it is (posting again only sends the shopper back); an expired page takes no payment.
 */
export async function handlePaymentPage(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: { orders: OrderStore },
): Promise<void> {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "POST") {
    res.setHeader("Allow", "GET, POST");
    throw new ApiError(405, "method_not_allowed", `${method} is not allowed here; use GET or POST`);
  }
  const found = deps.orders.findPayment(paymentIdIn(pathname));
  if (!found) return sendHtml(res, 404, renderPaymentPage({ kind: "not-found", storeName: STORE_SEED.name }));

  const { order: stored, attempt } = found;
  const order: PaymentPageOrder = {
    storeName: STORE_SEED.name,
    orderNumber: stored.orderNumber,
    amount: attempt.amount,
  };
  const now = Date.now();
  const state = attemptState(attempt, now);
  const backUrl = () =>
    returnUrlWithOutcome(attempt.returnUrl, stored.orderNumber, attempt.status === "success" ? "success" : "failed");

  if (state === "expired") {
    // Refusing the post with 410 tells the browser (and tests) that nothing was paid.
    return sendHtml(
      res,
      method === "GET" ? 200 : 410,
      renderPaymentPage({ kind: "expired", order, backUrl: backUrl() }),
    );
  }
  if (method === "GET") {
    return sendHtml(
      res,
      200,
      state === "open"
        ? renderPaymentPage({ kind: "open", order })
        : renderPaymentPage({ kind: "settled", order, outcome: state, backUrl: backUrl() }),
    );
  }
  if (state === "open") {
    const outcome = (await readFormBody(req)).get("outcome");
    if (outcome !== "success" && outcome !== "failure") {
      return sendHtml(
        res,
        400,
        renderPaymentPage({ kind: "open", order, problem: "Choose “Pay” or “Simulate a failed payment”." }),
      );
    }
    deps.orders.settle(stored, attempt, outcome === "success" ? "success" : "failed", now);
  }
  redirectSeeOther(res, backUrl());
}

function paymentIdIn(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice(PAYMENT_PAGE_PATH.length));
  } catch {
    return "";
  }
}
