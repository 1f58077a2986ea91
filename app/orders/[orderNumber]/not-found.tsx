import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundPanel } from "@/app/_components/not-found-panel";

export const metadata: Metadata = { title: "Order not found" };

/** An order number this shopper has no order by (mistyped, or someone else's). */
export default function OrderNotFound() {
  return (
    <NotFoundPanel
      eyebrow={<p className="text-sm font-semibold tracking-[0.14em] text-brand uppercase">Order not found</p>}
      title="We couldn’t find that order"
    >
      There is no order with that number in your account. Your orders are all listed in{" "}
      <Link href="/account/orders" className="font-semibold text-brand underline underline-offset-4">
        your order history
      </Link>
      .
    </NotFoundPanel>
  );
}
