import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Checkout",
  robots: { index: false, follow: false },
};

/** Where the cart's Checkout button leads. The checkout flow itself (sign-in, address, delivery, payment) is next. */
export default function CheckoutPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">Checkout</h1>
      <p className="mx-auto mt-4 max-w-md leading-relaxed text-fg-muted">
        Online checkout is not open in this store yet. Your cart is saved on this device, so nothing is lost.
      </p>
      <Link
        href="/cart"
        className="mt-8 inline-flex h-11 items-center rounded-full bg-brand px-6 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
      >
        Back to your cart
      </Link>
    </div>
  );
}
