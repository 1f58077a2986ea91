import { describe, expect, it } from "vitest";
import { attemptState, summarizePayments, type PaymentAttempt } from "./payment-state";

const PLACED = Date.parse("2026-03-01T10:00:00Z");
const MINUTE = 60_000;

function attempt(status: PaymentAttempt["status"], overrides: Partial<PaymentAttempt> = {}): PaymentAttempt {
  return {
    id: `pay_${status}`,
    amount: 548,
    returnUrl: "https://shop.example/return",
    providerSlug: "juspay",
    status,
    createdAt: PLACED,
    expiresAt: PLACED + 15 * MINUTE,
    settledAt: status === "pending" ? null : PLACED + MINUTE,
    ...overrides,
  };
}

describe("attemptState", () => {
  it("is open until the page expires, and settled attempts keep their outcome", () => {
    expect(attemptState(attempt("pending"), PLACED + 14 * MINUTE)).toBe("open");
    expect(attemptState(attempt("pending"), PLACED + 15 * MINUTE)).toBe("expired");
    expect(attemptState(attempt("success"), PLACED + 60 * MINUTE)).toBe("success");
    expect(attemptState(attempt("failed"), PLACED + 60 * MINUTE)).toBe("failed");
  });
});

describe("summarizePayments", () => {
  const now = PLACED + 2 * MINUTE;

  it("is pending while the latest attempt is open, with no retry", () => {
    expect(summarizePayments(548, [attempt("pending")], PLACED, now)).toEqual({
      status: "pending",
      amountPaid: 0,
      amountUnpaid: 548,
      retryAvailable: false,
      paidAt: null,
    });
  });

  it("is failed, and retryable, once the latest attempt failed or expired", () => {
    expect(summarizePayments(548, [attempt("failed")], PLACED, now)).toMatchObject({
      status: "failed",
      retryAvailable: true,
    });
    expect(summarizePayments(548, [attempt("pending")], PLACED, PLACED + 20 * MINUTE)).toMatchObject({
      status: "failed",
      amountUnpaid: 548,
      retryAvailable: true,
    });
    expect(
      summarizePayments(
        548,
        [attempt("failed"), attempt("pending", { createdAt: now, expiresAt: now + MINUTE })],
        PLACED,
        now,
      ),
    ).toMatchObject({ status: "pending", retryAvailable: false });
  });

  it("is paid once any attempt succeeded, or when nothing was owed", () => {
    const paid = attempt("success", { settledAt: PLACED + 3 * MINUTE });
    expect(summarizePayments(548, [attempt("failed"), paid], PLACED, now)).toEqual({
      status: "success",
      amountPaid: 548,
      amountUnpaid: 0,
      retryAvailable: false,
      paidAt: PLACED + 3 * MINUTE,
    });
    expect(summarizePayments(0, [], PLACED, now)).toEqual({
      status: "success",
      amountPaid: 0,
      amountUnpaid: 0,
      retryAvailable: false,
      paidAt: PLACED,
    });
  });
});
