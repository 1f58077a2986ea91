import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { ShopperSync } from "@/app/_components/account/shopper-sync";
import { ApiUnavailableNotice } from "@/app/_components/api-unavailable-notice";
import { toCartView } from "@/app/_lib/cart-view";
import { AddressLines } from "@/app/checkout/_components/address-lines";
import { fulfillmentLabel } from "@/app/checkout/_lib/fulfillment-label";
import { getActiveCart } from "@/lib/commerce/cart";
import { getOrder, getPaymentStatus } from "@/lib/commerce/orders";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { OrderItems } from "../_components/order-items";
import { OrderTotals } from "../_components/order-totals";
import { PaymentPendingRefresh } from "../_components/payment-pending-refresh";
import { RetryPaymentForm } from "../_components/retry-payment-form";
import { formatOrderDate, orderStatusLabel, paymentOutcome, paymentStatusLabel } from "../_lib/order-status";

export const metadata: Metadata = { title: "Your order", robots: { index: false, follow: false } };
export const instant = false;

/**
 * An order: the confirmation the shopper lands on after paying, and the page their order history links to. It leads
 * with the payment's state as the API reports it (never what the payment page's return address claims): paid, failed
 * (with "try again"), or still being confirmed.
 */
export default async function OrderPage({ params }: { params: Promise<{ orderNumber: string }> }) {
  const { orderNumber } = await params;
  const shopper = await signedInShopper();
  if (!shopper) redirect(`/sign-in?next=${encodeURIComponent(`/orders/${orderNumber}`)}`);

  let loaded;
  try {
    const [order, payment, cart] = await Promise.all([
      getOrder(orderNumber),
      getPaymentStatus(orderNumber).catch(() => null),
      // Only for the header: the order page does not depend on it.
      getActiveCart().catch(() => undefined),
    ]);
    loaded = { order, payment, cart };
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[orders] could not load ${orderNumber}: ${error instanceof Error ? error.message : String(error)}`);
    return (
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <ApiUnavailableNotice retryHref={`/orders/${encodeURIComponent(orderNumber)}`} />
      </div>
    );
  }
  const { order, payment, cart } = loaded;
  if (!order) notFound();

  const currency = order.currency?.code ?? "INR";
  const outcome = paymentOutcome(payment ?? { status: order.payment_status ?? "pending" });
  const name = order.shipping_address?.first_name ?? shopper.firstName;
  return (
    <div className="mx-auto max-w-5xl px-4 pt-8 pb-16 sm:px-6 sm:pt-12 lg:px-8">
      <ShopperSync account={shopper} cart={cart === undefined ? undefined : cart ? toCartView(cart) : null} />
      <div data-testid="order-outcome" data-outcome={outcome} className="max-w-2xl">
        {outcome === "paid" ? (
          <>
            <p className="text-sm font-semibold text-brand">Order {order.order_number}</p>
            <h1 className="mt-2 font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">
              Thank you{name ? `, ${name}` : ""}! Your order is confirmed.
            </h1>
            <p className="mt-3 text-fg-muted">
              We’ll send updates about it to {shopper.email}, and you’ll find it in your orders any time.
            </p>
          </>
        ) : outcome === "failed" ? (
          <>
            <p className="text-sm font-semibold text-brand">Order {order.order_number}</p>
            <h1 className="mt-2 font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">
              Your payment didn’t go through
            </h1>
            <p className="mt-3 text-fg-muted">Nothing was charged. Your order is saved, so you can try paying again.</p>
            {payment?.is_retry_available !== false ? (
              <div className="mt-6">
                <RetryPaymentForm orderNumber={orderNumber} label="Try paying again" />
              </div>
            ) : null}
          </>
        ) : (
          <>
            <PaymentPendingRefresh />
            <p className="text-sm font-semibold text-brand">Order {order.order_number}</p>
            <h1 className="mt-2 font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">
              We’re confirming your payment
            </h1>
            <p className="mt-3 text-fg-muted" role="status">
              This usually takes a few seconds, and this page checks again by itself for a few minutes.{" "}
              <Link href={`/orders/${encodeURIComponent(orderNumber)}`} className="font-semibold text-brand underline">
                Check now
              </Link>
            </p>
          </>
        )}
      </div>

      <div className="mt-10 grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
        <section aria-labelledby="order-items-heading">
          <h2 id="order-items-heading" className="font-display text-xl font-semibold text-fg">
            {order.order_items_count ?? order.order_items?.length ?? 0}{" "}
            {(order.order_items_count ?? 0) === 1 ? "item" : "items"}
          </h2>
          <div className="mt-4">
            <OrderItems items={order.order_items ?? []} currency={currency} />
          </div>
          <div className="mt-6 max-w-sm sm:ml-auto">
            <OrderTotals order={order} currency={currency} />
          </div>
        </section>
        <aside className="space-y-4" aria-label="Order details">
          <Detail title="Order">
            <dl className="space-y-1 text-sm">
              <div className="flex justify-between gap-3">
                <dt className="text-fg-muted">Number</dt>
                <dd className="font-semibold text-fg" data-testid="order-number">
                  {order.order_number}
                </dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-fg-muted">Placed</dt>
                <dd className="text-fg">{formatOrderDate(order.order_date)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-fg-muted">Status</dt>
                <dd className="text-fg" data-testid="order-status">
                  {orderStatusLabel(order.status)}
                </dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-fg-muted">Payment</dt>
                <dd className="text-fg" data-testid="payment-status">
                  {paymentStatusLabel(payment?.status ?? order.payment_status)}
                </dd>
              </div>
            </dl>
          </Detail>
          {order.shipping_address ? (
            <Detail
              title={order.fulfillment_preference?.fulfillment_type === "collect-in-store" ? "Contact" : "Ship to"}
            >
              <AddressLines address={order.shipping_address} />
            </Detail>
          ) : null}
          <Detail title="Delivery">
            <p className="text-sm text-fg">{fulfillmentLabel(order.fulfillment_preference)}</p>
          </Detail>
          <Link
            href="/account/orders"
            className="inline-block text-sm font-semibold text-brand underline-offset-4 hover:underline"
          >
            All your orders
          </Link>
        </aside>
      </div>
    </div>
  );
}

function Detail({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-card border border-line bg-surface p-5">
      <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}
