import { ulid } from "../auth/ulid";
import type { OrderSnapshot } from "./order-from-cart";
import { attemptState, summarizePayments, type PaymentAttempt, type PaymentSummary } from "./payment-state";

/** "AG" for Aurora Goods; numbers count up from here for as long as the demo API runs. */
const ORDER_NUMBER_PREFIX = "AG-";
const FIRST_ORDER_NUMBER = 100001;

export interface StoredOrder {
  orderNumber: string;
  /** The account that placed it: orders belong to the account, not to the session. */
  userId: string;
  customerId: string | null;
  snapshot: OrderSnapshot;
  placedAt: number;
  modifiedAt: number;
  payments: PaymentAttempt[];
}

/** In-memory orders and their payment attempts. */
export class OrderStore {
  private readonly orders = new Map<string, StoredOrder>();
  private readonly orderByPaymentId = new Map<string, StoredOrder>();
  private nextNumber = FIRST_ORDER_NUMBER;

  constructor(private readonly settings: { paymentTtlSeconds: number }) {}

  /** Stores a new order under the next order number; `build` receives that number and the order date. */
  place(
    owner: { userId: string; customerId: string | null },
    build: (orderNumber: string, orderDate: string) => OrderSnapshot,
    now = Date.now(),
  ): StoredOrder {
    const orderNumber = `${ORDER_NUMBER_PREFIX}${this.nextNumber++}`;
    const order: StoredOrder = {
      orderNumber,
      ...owner,
      snapshot: build(orderNumber, new Date(now).toISOString()),
      placedAt: now,
      modifiedAt: now,
      payments: [],
    };
    this.orders.set(orderNumber, order);
    return order;
  }

  /** The order with this number if this user placed it. */
  find(orderNumber: string, userId: string): StoredOrder | null {
    const order = this.orders.get(orderNumber);
    return order && order.userId === userId ? order : null;
  }

  /** The user's orders, newest first. */
  listFor(userId: string): StoredOrder[] {
    return [...this.orders.values()].filter((order) => order.userId === userId).reverse();
  }

  payment(order: StoredOrder, now = Date.now()): PaymentSummary {
    return summarizePayments(order.snapshot.to_be_paid ?? 0, order.payments, order.placedAt, now);
  }

  /** Opens a payment page for what the order still owes. */
  startPayment(
    order: StoredOrder,
    request: { returnUrl: string; providerSlug: string },
    now = Date.now(),
  ): PaymentAttempt {
    const attempt: PaymentAttempt = {
      id: `pay_${ulid(now)}`,
      amount: this.payment(order, now).amountUnpaid,
      returnUrl: request.returnUrl,
      providerSlug: request.providerSlug,
      status: "pending",
      createdAt: now,
      expiresAt: now + this.settings.paymentTtlSeconds * 1000,
      settledAt: null,
    };
    order.payments.push(attempt);
    order.modifiedAt = now;
    this.orderByPaymentId.set(attempt.id, order);
    return attempt;
  }

  findPayment(paymentId: string): { order: StoredOrder; attempt: PaymentAttempt } | null {
    const order = this.orderByPaymentId.get(paymentId);
    const attempt = order?.payments.find((candidate) => candidate.id === paymentId);
    return order && attempt ? { order, attempt } : null;
  }

  /** Records the outcome of an open attempt; a settled or expired one is left as it is. Returns whether it changed. */
  settle(order: StoredOrder, attempt: PaymentAttempt, outcome: "success" | "failed", now = Date.now()): boolean {
    if (attemptState(attempt, now) !== "open") return false;
    attempt.status = outcome;
    attempt.settledAt = now;
    order.modifiedAt = now;
    return true;
  }
}
