import type { Metadata } from "next";
import { Suspense } from "react";
import { loadCartView } from "@/app/_lib/load-cart-view";
import { toCouponViews } from "@/app/_lib/coupon-view";
import { getAvailableCoupons } from "@/lib/commerce/cart";
import { CartPageView } from "./_components/cart-page-view";
import { CartPageSkeleton } from "./_components/cart-page-skeleton";
import { CartUnavailable } from "./_components/cart-unavailable";

export const metadata: Metadata = {
  title: "Your cart",
  robots: { index: false, follow: true },
};

/** The cart page: the static heading paints at once, this shopper's cart streams in. */
export default function CartPage() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 pb-16 sm:px-6 sm:pt-10 lg:px-8">
      <h1 className="font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">Your cart</h1>
      <Suspense fallback={<CartPageSkeleton />}>
        <ShopperCart />
      </Suspense>
    </div>
  );
}

async function ShopperCart() {
  const [loaded, coupons] = await Promise.all([loadCartView(), getAvailableCoupons()]);
  if (loaded === "unavailable") return <CartUnavailable />;
  return <CartPageView cart={loaded.cart} coupons={toCouponViews(coupons)} />;
}
