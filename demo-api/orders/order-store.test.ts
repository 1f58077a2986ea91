import { describe, expect, it } from "vitest";
import type { OrderSnapshot } from "./order-from-cart";
import { OrderStore } from "./order-store";

const T0 = Date.parse("2026-03-01T10:00:00Z");
const request = { returnUrl: "https://shop.example/return", providerSlug: "juspay" };
const snapshot =
  (toBePaid: number) =>
  (orderNumber: string, orderDate: string): OrderSnapshot => ({
    order_number: orderNumber,
    order_date: orderDate,
    applied_promotions: [],
    applied_coupons: [],
    to_be_paid: toBePaid,
  });

describe("OrderStore", () => {
  it("numbers orders one after another and keeps each to the account that placed it, newest first", () => {
    const orders = new OrderStore({ paymentTtlSeconds: 900 });
    const first = orders.place({ userId: "u1", customerId: "c1" }, snapshot(548), T0);
    const second = orders.place({ userId: "u2", customerId: null }, snapshot(99), T0 + 1);
    const third = orders.place({ userId: "u1", customerId: "c1" }, snapshot(0), T0 + 2);
    expect([first, second, third].map((order) => order.orderNumber)).toEqual(["AG-100001", "AG-100002", "AG-100003"]);
    expect(first.snapshot).toMatchObject({ order_number: "AG-100001", order_date: "2026-03-01T10:00:00.000Z" });
    expect(orders.find("AG-100001", "u1")).toBe(first);
    expect(orders.find("AG-100001", "u2")).toBeNull();
    expect(orders.find("AG-999999", "u1")).toBeNull();
    expect(orders.listFor("u1").map((order) => order.orderNumber)).toEqual(["AG-100003", "AG-100001"]);
  });

  it("opens a payment for what is owed, expiring after the configured time", () => {
    const orders = new OrderStore({ paymentTtlSeconds: 900 });
    const order = orders.place({ userId: "u1", customerId: null }, snapshot(548), T0);
    const attempt = orders.startPayment(order, request, T0);
    expect(attempt).toMatchObject({ amount: 548, status: "pending", expiresAt: T0 + 900_000, settledAt: null });
    expect(attempt.id).toMatch(/^pay_/);
    expect(orders.findPayment(attempt.id)).toEqual({ order, attempt });
    expect(orders.findPayment("pay_unknown")).toBeNull();
    expect(orders.payment(order, T0 + 1000)).toMatchObject({ status: "pending", amountUnpaid: 548 });
  });

  it("settles an open payment once, and never a settled or expired one", () => {
    const orders = new OrderStore({ paymentTtlSeconds: 60 });
    const order = orders.place({ userId: "u1", customerId: null }, snapshot(548), T0);
    const failed = orders.startPayment(order, request, T0);
    expect(orders.settle(order, failed, "failed", T0 + 1000)).toBe(true);
    expect(orders.settle(order, failed, "success", T0 + 2000)).toBe(false);
    expect(failed).toMatchObject({ status: "failed", settledAt: T0 + 1000 });

    const expired = orders.startPayment(order, request, T0 + 3000);
    expect(orders.settle(order, expired, "success", T0 + 3000 + 60_000)).toBe(false);
    expect(expired.status).toBe("pending");
    expect(orders.payment(order, T0 + 3000 + 60_000)).toMatchObject({ status: "failed", retryAvailable: true });

    const paid = orders.startPayment(order, request, T0 + 70_000);
    expect(orders.settle(order, paid, "success", T0 + 71_000)).toBe(true);
    expect(orders.payment(order, T0 + 72_000)).toMatchObject({
      status: "success",
      amountPaid: 548,
      paidAt: T0 + 71_000,
    });
    expect(order.modifiedAt).toBe(T0 + 71_000);
  });
});
