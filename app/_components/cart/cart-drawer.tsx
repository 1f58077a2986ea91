"use client";

import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { useEffect, useId, useRef } from "react";
import type { CartView } from "@/app/_lib/cart-view";
import { formatPrice } from "@/app/_lib/format-price";
import { applyPendingChanges } from "@/app/_lib/pending-cart";
import { ArrowRightIcon, CloseIcon } from "../icons";
import { CartLineItem } from "./cart-line-item";
import { useCartUi } from "./cart-ui-provider";
import { EmptyCart } from "./empty-cart";

/**
 * The cart drawer: a modal <dialog> sliding in from the right. Opening moves focus into it, Escape or the backdrop
 * closes it, and focus goes back to where it was. Lines can be changed in place; the cart page has the coupons and
 * the full summary.
 */
export function CartDrawer({ cart }: { cart: CartView | null }) {
  const { pending, drawerOpen, closeDrawer } = useCartUi();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const shown = applyPendingChanges(cart, pending);
  const currency = cart?.currency ?? "INR";

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (drawerOpen && !element.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!drawerOpen && element.open) {
      element.close();
    }
  }, [drawerOpen]);

  function onClose() {
    closeDrawer();
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target?.isConnected) target.focus();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-testid="cart-drawer"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; the panel fills it, so only the backdrop is outside.
        if (event.target === event.currentTarget) closeDrawer();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-md translate-x-0 bg-canvas p-0 text-fg shadow-2xl transition-[translate,display,overlay] transition-discrete duration-300 ease-out backdrop:bg-fg/40 backdrop:backdrop-blur-[2px] starting:open:translate-x-full not-open:translate-x-full"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-line px-5 py-4">
          <h2 id={titleId} className="font-display text-xl font-semibold">
            Your cart
            {shown.itemCount > 0 ? (
              <span className="ml-2 text-base font-normal text-fg-muted tabular-nums">
                ({shown.itemCount} {shown.itemCount === 1 ? "item" : "items"})
              </span>
            ) : null}
          </h2>
          <button
            type="button"
            onClick={closeDrawer}
            autoFocus
            className="-mr-2 grid size-10 place-items-center rounded-full text-fg transition-colors hover:bg-subtle"
          >
            <CloseIcon className="size-5" />
            <span className="sr-only">Close cart</span>
          </button>
        </div>

        {shown.lines.length === 0 ? (
          <div className="flex flex-1 items-center justify-center">
            <EmptyCart onContinue={closeDrawer} />
          </div>
        ) : (
          <>
            <ul role="list" className="flex-1 divide-y divide-line overflow-y-auto overscroll-contain px-5 py-5">
              {shown.lines.map((line) => (
                <CartLineItem key={line.key} line={line} currency={currency} compact onNavigate={closeDrawer} />
              ))}
            </ul>
            <div className="border-t border-line bg-surface px-5 pt-4 pb-[max(1.25rem,env(safe-area-inset-bottom))]">
              {cart ? (
                <dl
                  aria-busy={shown.pending || undefined}
                  className={`space-y-1.5 text-sm ${shown.pending ? "opacity-60" : ""}`}
                >
                  {cart.couponCode && cart.couponDiscount > 0 ? (
                    <div className="flex justify-between">
                      <dt className="text-fg-muted">Coupon {cart.couponCode}</dt>
                      <dd className="font-medium text-sale tabular-nums">
                        −{formatPrice(cart.couponDiscount, currency)}
                      </dd>
                    </div>
                  ) : null}
                  <div className="flex justify-between">
                    <dt className="text-fg-muted">Shipping</dt>
                    <dd className="font-medium tabular-nums">
                      {cart.shipping > 0 ? formatPrice(cart.shipping, currency) : "Free"}
                    </dd>
                  </div>
                  <div className="flex items-baseline justify-between pt-1">
                    <dt className="text-base font-semibold">Total</dt>
                    <dd className="font-display text-xl font-semibold tabular-nums" data-testid="drawer-total">
                      {formatPrice(cart.total, currency)}
                    </dd>
                  </div>
                </dl>
              ) : null}
              <div className="mt-4 grid grid-cols-2 gap-2.5">
                <Link
                  href="/cart"
                  onClick={closeDrawer}
                  className="inline-flex h-12 items-center justify-center rounded-full border border-line-strong bg-surface text-sm font-semibold text-fg transition-colors hover:border-fg"
                >
                  View cart
                  <LinkPendingMarker />
                </Link>
                <Link
                  href="/checkout"
                  // It redirects to the shopper's first open step: a prefetched answer goes stale as they sign in.
                  prefetch={false}
                  onClick={closeDrawer}
                  className="inline-flex h-12 items-center justify-center gap-1.5 rounded-full bg-brand text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
                >
                  Checkout
                  <ArrowRightIcon className="size-4" />
                  <LinkPendingMarker />
                </Link>
              </div>
              <p className="mt-3 text-center text-xs text-fg-muted">
                Coupons and the full summary are on the cart page.
              </p>
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}
