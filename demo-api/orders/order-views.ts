import type { GetPaymentStatusContent, Order, OrderDetail, OrderList, UpiPayment } from "@commercengine/storefront-sdk";
import type { StoredOrder } from "./order-store";
import { attemptState, type PaymentAttempt, type PaymentSummary } from "./payment-state";

/**
 * An entry of `GET /orders`. The SDK's `OrderList` leaves "pending" out of its statuses while `Order` has it; an order
 * whose payment has not gone through is pending in both places here.
 */
export type WireOrderList = Omit<OrderList, "status"> & { status: Order["status"] };

export function renderOrder(order: StoredOrder, payment: PaymentSummary): Order {
  return {
    ...order.snapshot,
    status: payment.status === "success" ? "confirmed" : "pending",
    payment_status: payment.status,
    payment_success_date: payment.paidAt === null ? null : new Date(payment.paidAt).toISOString(),
  };
}

/** The order with its payment attempts; the demo ships nothing, so there are no shipments. */
export function renderOrderDetail(order: StoredOrder, payment: PaymentSummary, now: number): OrderDetail {
  return {
    ...renderOrder(order, payment),
    payments: order.payments.map((attempt) => toOrderPayment(attempt, now)),
    shipments: [],
  };
}

export function renderOrderListEntry(order: StoredOrder, payment: PaymentSummary): WireOrderList {
  const { snapshot } = order;
  const { status, payment_status, payment_success_date } = renderOrder(order, payment);
  return {
    order_number: order.orderNumber,
    order_date: snapshot.order_date,
    status,
    payment_status,
    ...(payment_success_date && { payment_success_date }),
    has_refund: false,
    on_subscription: false,
    grand_total: snapshot.grand_total,
    loyalty_point_redeemed: snapshot.loyalty_points_redeemed,
    credit_balance_used: snapshot.credit_balance_used,
    to_be_paid: snapshot.to_be_paid,
    order_items_count: snapshot.order_items_count,
    order_items: snapshot.order_items,
    customer_note: snapshot.customer_note,
    loyalty_point_earned: snapshot.loyalty_points_earned,
    currency: snapshot.currency,
    created_at: new Date(order.placedAt).toISOString(),
    modified_at: new Date(order.modifiedAt).toISOString(),
  };
}

export function renderPaymentStatus(payment: PaymentSummary): GetPaymentStatusContent {
  return {
    status: payment.status,
    amount_paid: payment.amountPaid,
    amount_unpaid: payment.amountUnpaid,
    is_retry_available: payment.retryAvailable,
  };
}

/** A payment attempt as the order shows it; the simulated page stands for a UPI payment. */
function toOrderPayment(attempt: PaymentAttempt, now: number): UpiPayment {
  const state = attemptState(attempt, now);
  const paid = state === "success";
  return {
    transaction_type: "payment",
    request_number: attempt.id,
    amount: attempt.amount,
    payment_status: state === "open" ? "pending" : paid ? "success" : "failed",
    payment_date: new Date(attempt.settledAt ?? attempt.createdAt).toISOString(),
    payment_reference_number: paid ? `DEMO${attempt.id.slice(-12)}` : null,
    payment_method: "UPI",
    icon_url: null,
    ...(paid && { upi_id: "demo@upi" }),
  };
}
