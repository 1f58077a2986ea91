import Link from "next/link";
import type { ReactNode } from "react";
import { formatPrice } from "@/app/_lib/format-price";
import { toCartView } from "@/app/_lib/cart-view";
import { getConfig } from "@/lib/config";
import { fulfillmentLabel } from "../_lib/fulfillment-label";
import { TOTAL_CHANGED_PARAM } from "../_lib/reviewed-total";
import { loadCheckoutStep } from "../_lib/load-checkout";
import { AddressLines } from "../_components/address-lines";
import { CheckoutStep, CheckoutUnavailable } from "../_components/checkout-step";
import { PlaceOrderForm } from "../_components/place-order-form";

export const instant = false;

/** Checkout step 4: everything at a glance, each part one click from being changed, then place the order and pay. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const state = await loadCheckoutStep("review");
  const cart = state === "unavailable" ? null : state.cart;
  if (state === "unavailable" || !cart?.shipping_address || !cart.billing_address) {
    return <CheckoutUnavailable retryHref="/checkout/review" />;
  }
  const total = formatPrice(cart.to_be_paid, cart.currency.code);
  const demo = getConfig().mode === "demo";
  const totalChanged = (await searchParams)[TOTAL_CHANGED_PARAM] !== undefined;
  return (
    <CheckoutStep title="Review and pay" cart={toCartView(cart)} shopper={state.shopper}>
      <div className="space-y-4">
        <ReviewCard title="Contact" change="/checkout/contact">
          <p className="text-sm text-fg">{state.shopper?.email}</p>
        </ReviewCard>
        <ReviewCard title="Ship to" change="/checkout/address">
          <AddressLines address={cart.shipping_address} />
        </ReviewCard>
        <ReviewCard title="Delivery" change="/checkout/delivery">
          <p className="text-sm text-fg" data-testid="review-delivery">
            {fulfillmentLabel(cart.fulfillment_preference)}
            {cart.estimated_delivery_days ? ` · arrives in about ${cart.estimated_delivery_days} days` : ""}
          </p>
        </ReviewCard>
        <div className="rounded-card border border-line bg-surface p-5 sm:p-6">
          {totalChanged ? (
            <p
              role="alert"
              className="mb-4 rounded-control border border-sale/40 bg-brand-soft px-4 py-3 text-sm text-sale"
            >
              Your cart changed since you reviewed it, so nothing was charged. Please check the total and place the
              order again.
            </p>
          ) : null}
          <p className="flex items-baseline justify-between gap-4">
            <span className="font-semibold text-fg">To pay</span>
            <span className="font-display text-2xl font-semibold text-fg tabular-nums" data-testid="review-total">
              {total}
            </span>
          </p>
          <p className="mt-2 text-sm text-fg-muted">
            {cart.to_be_paid > 0
              ? "You’ll pay on our payment partner’s secure page (cards, UPI, net banking), then come back here."
              : "Nothing to pay: your order is confirmed as soon as you place it."}
          </p>
          {demo && cart.to_be_paid > 0 ? (
            <p className="mt-3 rounded-control border-2 border-dashed border-marigold-500 bg-marigold-100 px-3 py-2 text-sm text-sand-900">
              <strong>Demo store:</strong> the payment page is a simulation. No money moves.
            </p>
          ) : null}
          <div className="mt-5">
            <PlaceOrderForm
              label={cart.to_be_paid > 0 ? `Place order and pay ${total}` : "Place order"}
              reviewedTotal={cart.to_be_paid}
            />
          </div>
        </div>
      </div>
    </CheckoutStep>
  );
}

function ReviewCard({ title, change, children }: { title: string; change: string; children: ReactNode }) {
  return (
    <section className="flex items-start justify-between gap-4 rounded-card border border-line bg-surface p-5">
      <div className="min-w-0">
        <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{title}</h2>
        <div className="mt-2">{children}</div>
      </div>
      <Link href={change} className="shrink-0 text-sm font-semibold text-brand underline-offset-4 hover:underline">
        Change<span className="sr-only"> {title.toLowerCase()}</span>
      </Link>
    </section>
  );
}
