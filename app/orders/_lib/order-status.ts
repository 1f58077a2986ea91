import type { GetPaymentStatusContent, Order } from "@commercengine/storefront-sdk";

/** What the confirmation page leads with, from the payment's state as the API reports it. */
export type PaymentOutcome = "paid" | "failed" | "pending";

export function paymentOutcome(payment: Pick<GetPaymentStatusContent, "status">): PaymentOutcome {
  if (payment.status === "success") return "paid";
  if (payment.status === "failed") return "failed";
  return "pending";
}

const ORDER_STATUS_LABELS: Partial<Record<NonNullable<Order["status"]>, string>> = {
  pending: "Awaiting payment",
  confirmed: "Confirmed",
  awaiting_approval: "Awaiting approval",
  awaiting_shipment: "Preparing to ship",
  partially_scheduled: "Preparing to ship",
  shipped: "Shipped",
  partially_shipped: "Partly shipped",
  partially_delivered: "Partly delivered",
  complete: "Delivered",
  cancelled: "Cancelled",
  undelivered: "Not delivered",
};

export function orderStatusLabel(status: Order["status"]): string {
  return (status && ORDER_STATUS_LABELS[status]) ?? "Processing";
}

const PAYMENT_LABELS: Record<NonNullable<Order["payment_status"]>, string> = {
  success: "Paid",
  failed: "Payment failed",
  pending: "Payment pending",
  partially_paid: "Partly paid",
};

export function paymentStatusLabel(status: Order["payment_status"]): string {
  return status ? PAYMENT_LABELS[status] : "Payment pending";
}

export function formatOrderDate(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat("en-IN", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Kolkata",
  }).format(date);
}
