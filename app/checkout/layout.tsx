import type { Metadata } from "next";
import type { ReactNode } from "react";
import { CheckoutProgress } from "./_components/checkout-progress";

export const metadata: Metadata = {
  title: "Checkout",
  robots: { index: false, follow: false },
};

/** The checkout's frame: its steps on top, then the step's form beside the order summary (below it on phones). */
export default function CheckoutLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6 sm:pt-10 lg:px-8">
      <CheckoutProgress />
      {children}
    </div>
  );
}
