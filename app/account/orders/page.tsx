import type { Metadata } from "next";
import Link from "next/link";
import { redirect, unstable_rethrow } from "next/navigation";
import { ShopperSync } from "@/app/_components/account/shopper-sync";
import { ApiUnavailableNotice } from "@/app/_components/api-unavailable-notice";
import { formatPrice } from "@/app/_lib/format-price";
import { listOrders } from "@/lib/commerce/orders";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { formatOrderDate, orderStatusLabel, paymentStatusLabel } from "@/app/orders/_lib/order-status";

export const metadata: Metadata = { title: "Your orders", robots: { index: false, follow: false } };
export const instant = false;

/** The signed-in shopper's orders, newest first, each linking to its page. A guest is asked to sign in first. */
export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const shopper = await signedInShopper();
  if (!shopper) redirect("/sign-in?next=/account/orders");
  const rawPage = (await searchParams).page;
  const page = typeof rawPage === "string" && /^[1-9]\d{0,3}$/.test(rawPage) ? Number(rawPage) : 1;

  let loaded;
  try {
    loaded = await listOrders(page);
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[orders] could not list orders: ${error instanceof Error ? error.message : String(error)}`);
    loaded = null;
  }
  const totalPages = loaded?.pagination?.total_pages ?? 1;

  return (
    <div className="mx-auto max-w-4xl px-4 pt-8 pb-16 sm:px-6 sm:pt-12 lg:px-8">
      <ShopperSync account={shopper} />
      <h1 className="font-display text-3xl font-semibold tracking-tight text-fg sm:text-4xl">Your orders</h1>
      <p className="mt-2 text-fg-muted">Signed in as {shopper.email}</p>
      {!loaded ? (
        <div className="mt-8">
          <ApiUnavailableNotice retryHref="/account/orders" />
        </div>
      ) : loaded.orders.length === 0 ? (
        <div className="mt-8 rounded-card border border-line bg-surface px-6 py-12 text-center">
          <p className="font-display text-xl font-semibold">No orders yet</p>
          <p className="mt-2 text-sm text-fg-muted">When you place an order, it will appear here.</p>
          <Link
            href="/"
            className="mt-6 inline-flex h-11 items-center rounded-full bg-brand px-6 text-sm font-semibold text-on-brand hover:bg-brand-hover"
          >
            Start shopping
          </Link>
        </div>
      ) : (
        <ul role="list" className="mt-8 space-y-3">
          {loaded.orders.map((order) => (
            <li key={order.order_number} data-testid="order-row">
              <Link
                href={`/orders/${encodeURIComponent(order.order_number ?? "")}`}
                className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 rounded-card border border-line bg-surface p-5 transition-colors hover:border-line-strong"
              >
                <span className="min-w-0">
                  <span className="block font-semibold text-fg">Order {order.order_number}</span>
                  <span className="mt-0.5 block text-sm text-fg-muted">
                    {formatOrderDate(order.order_date)} · {order.order_items_count ?? 0}{" "}
                    {order.order_items_count === 1 ? "item" : "items"}
                  </span>
                </span>
                <span className="flex items-center gap-4">
                  <span
                    className="rounded-full bg-subtle px-3 py-1 text-xs font-semibold text-fg"
                    data-testid="order-row-status"
                  >
                    {order.payment_status === "success"
                      ? orderStatusLabel(order.status)
                      : paymentStatusLabel(order.payment_status)}
                  </span>
                  <span className="font-semibold text-fg tabular-nums">
                    {formatPrice(order.grand_total ?? 0, order.currency?.code ?? "INR")}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav aria-label="Order pages" className="mt-8 flex justify-between text-sm font-semibold">
          {page > 1 ? (
            <Link href={`/account/orders?page=${page - 1}`} className="text-brand">
              Newer orders
            </Link>
          ) : (
            <span />
          )}
          {page < totalPages ? (
            <Link href={`/account/orders?page=${page + 1}`} className="text-brand">
              Older orders
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
