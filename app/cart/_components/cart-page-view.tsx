"use client";

import Link from "next/link";
import { CartLineItem } from "@/app/_components/cart/cart-line-item";
import { CartTotals } from "@/app/_components/cart/cart-totals";
import { useCartUi } from "@/app/_components/cart/cart-ui-provider";
import { CouponSection } from "@/app/_components/cart/coupon-section";
import { EmptyCart } from "@/app/_components/cart/empty-cart";
import { ArrowRightIcon } from "@/app/_components/icons";
import { FormMessage } from "@/app/_components/cart/form-message";
import { noticeState, type CartNotice } from "@/app/_lib/cart-form";
import type { CartView } from "@/app/_lib/cart-view";
import type { CouponView } from "@/app/_lib/coupon-view";
import { applyPendingChanges } from "@/app/_lib/pending-cart";

/** The cart page's body: the lines, and beside them (below on phones) coupons, totals and the way to checkout. */
export function CartPageView({
  cart,
  coupons,
  notice,
}: {
  cart: CartView | null;
  coupons: CouponView[];
  /** The answer to a form posted without JavaScript. */
  notice: CartNotice | null;
}) {
  const { pending } = useCartUi();
  const shown = applyPendingChanges(cart, pending);
  const lineNotice = noticeState(notice, "line");
  const banner =
    lineNotice.status === "idle" ? null : (
      <FormMessage
        state={lineNotice}
        className={`mt-6 rounded-control border px-4 py-3 ${lineNotice.status === "error" ? "border-sale/40 bg-brand-soft" : "border-line bg-surface"}`}
      />
    );

  if (!cart || shown.lines.length === 0) {
    return (
      <>
        {banner}
        <div className="mt-8 rounded-card border border-line bg-surface">
          <EmptyCart />
        </div>
      </>
    );
  }

  return (
    <>
      {banner}
      <div className="mt-6 grid items-start gap-8 sm:mt-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-12">
        <section aria-labelledby="cart-items-heading">
          <h2 id="cart-items-heading" className="sr-only">
            Items in your cart
          </h2>
          <p className="text-sm text-fg-muted" data-testid="cart-item-count">
            {shown.itemCount} {shown.itemCount === 1 ? "item" : "items"}
          </p>
          <ul role="list" className="mt-4 divide-y divide-line border-y border-line py-5">
            {shown.lines.map((line) => (
              <CartLineItem key={line.key} line={line} currency={cart.currency} />
            ))}
          </ul>
          <Link
            href="/search"
            className="mt-5 inline-flex text-sm font-semibold text-brand underline-offset-4 hover:underline"
          >
            Continue shopping
          </Link>
        </section>

        <aside
          aria-label="Order summary"
          className="space-y-6 rounded-card border border-line bg-surface p-5 shadow-card sm:p-6 lg:sticky lg:top-24"
        >
          <h2 className="font-display text-xl font-semibold text-fg">Order summary</h2>
          <CartTotals cart={cart} updating={shown.pending} />
          <Link
            href="/checkout"
            // It redirects to the shopper's first open step: a prefetched answer goes stale as they sign in.
            prefetch={false}
            data-testid="checkout-link"
            className="flex h-12 w-full items-center justify-center gap-2 rounded-full bg-brand text-base font-semibold text-on-brand shadow-card transition-colors hover:bg-brand-hover"
          >
            Checkout
            <ArrowRightIcon className="size-5" />
          </Link>
          <div className="border-t border-line pt-5">
            <CouponSection
              appliedCode={cart.couponCode}
              coupons={coupons}
              currency={cart.currency}
              notice={noticeState(notice, "coupon")}
            />
          </div>
        </aside>
      </div>
    </>
  );
}
