import type { Metadata } from "next";
import { readCartNotice } from "@/app/_lib/cart-notice";
import { loadCartView } from "@/app/_lib/load-cart-view";
import { toCouponViews } from "@/app/_lib/coupon-view";
import { getAvailableCoupons } from "@/lib/commerce/cart";
import { CartPageView } from "./_components/cart-page-view";
import { CartUnavailable } from "./_components/cart-unavailable";

export const metadata: Metadata = {
  title: "Your cart",
  robots: { index: false, follow: true },
};

/**
 * The cart page waits for this shopper's cart instead of streaming it behind a fallback: the whole page is one
 * per-shopper answer, and HTML that arrives complete keeps working in a browser without JavaScript (streamed parts
 * need a script to be shown).
 */
export const instant = false;

export default async function CartPage() {
  const [loaded, coupons, notice] = await Promise.all([loadCartView(), getAvailableCoupons(), readCartNotice()]);
  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 pb-16 sm:px-6 sm:pt-10 lg:px-8">
      <h1 className="font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">Your cart</h1>
      {loaded === "unavailable" ? (
        <CartUnavailable />
      ) : (
        <CartPageView cart={loaded.cart} coupons={toCouponViews(coupons)} notice={notice} />
      )}
    </div>
  );
}
