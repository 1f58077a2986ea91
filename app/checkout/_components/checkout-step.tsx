import type { ReactNode } from "react";
import { ShopperSync } from "@/app/_components/account/shopper-sync";
import { ApiUnavailableNotice } from "@/app/_components/api-unavailable-notice";
import type { CartView } from "@/app/_lib/cart-view";
import type { SignedInShopper } from "@/lib/commerce/sign-in";
import { OrderSummary } from "./order-summary";

/**
 * One checkout step's page: its heading and form, and the order summary beside it (under it on phones). It also
 * brings the header up to date (a shopper who just signed in, a cart merged into their account's).
 */
export function CheckoutStep({
  title,
  intro,
  cart,
  shopper,
  children,
}: {
  title: string;
  intro?: ReactNode;
  cart: CartView | null;
  shopper: SignedInShopper | null;
  children: ReactNode;
}) {
  return (
    <div className="mt-6 grid items-start gap-8 sm:mt-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-12">
      <ShopperSync account={shopper} cart={cart} />
      <div className="min-w-0">
        <h1 className="font-display text-2xl font-semibold tracking-tight text-fg sm:text-3xl">{title}</h1>
        {intro ? <div className="mt-2 text-sm leading-relaxed text-fg-muted sm:text-base">{intro}</div> : null}
        <div className="mt-6">{children}</div>
      </div>
      {cart && cart.lines.length > 0 ? (
        <aside aria-label="Your order" className="lg:sticky lg:top-24">
          <OrderSummary cart={cart} />
        </aside>
      ) : null}
    </div>
  );
}

/** A step's page when the store cannot be reached: nothing is lost, try again. */
export function CheckoutUnavailable({ retryHref }: { retryHref: string }) {
  return (
    <div className="mt-8">
      <ApiUnavailableNotice retryHref={retryHref} />
    </div>
  );
}
