/** One trip of the shopper to the payment page; a retry starts a new one. */
export interface PaymentAttempt {
  id: string;
  amount: number;
  /** Where the payment page sends the shopper once the payment is settled. */
  returnUrl: string;
  providerSlug: string;
  status: "pending" | "success" | "failed";
  createdAt: number;
  /** After this the page no longer takes the payment, and it counts as failed. */
  expiresAt: number;
  settledAt: number | null;
}

export type AttemptState = "open" | "success" | "failed" | "expired";

export function attemptState(attempt: PaymentAttempt, now: number): AttemptState {
  if (attempt.status === "pending") return now < attempt.expiresAt ? "open" : "expired";
  return attempt.status;
}

/** Where an order's payment stands, as `GET /orders/{order_number}/payment-status` reports it. */
export interface PaymentSummary {
  status: "pending" | "success" | "failed";
  amountPaid: number;
  amountUnpaid: number;
  retryAvailable: boolean;
  /** When the order was paid for; null while it is not. */
  paidAt: number | null;
}

/**
 * An order is paid once any attempt succeeds (or when there was nothing to pay); otherwise its latest attempt
 * decides: still open is pending, failed or expired is failed, and then the shopper may retry.
 */
export function summarizePayments(
  toBePaid: number,
  attempts: readonly PaymentAttempt[],
  placedAt: number,
  now: number,
): PaymentSummary {
  const paid = attempts.find((attempt) => attempt.status === "success");
  if (paid || toBePaid === 0) {
    return {
      status: "success",
      amountPaid: toBePaid,
      amountUnpaid: 0,
      retryAvailable: false,
      paidAt: paid?.settledAt ?? placedAt,
    };
  }
  const latest = attempts.at(-1);
  const open = latest !== undefined && attemptState(latest, now) === "open";
  return {
    status: open ? "pending" : "failed",
    amountPaid: 0,
    amountUnpaid: toBePaid,
    retryAvailable: !open,
    paidAt: null,
  };
}
