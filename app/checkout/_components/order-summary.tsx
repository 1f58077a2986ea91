import Link from "next/link";
import { CartTotals } from "@/app/_components/cart/cart-totals";
import { StoreImage } from "@/app/_components/store-image";
import { formatPrice } from "@/app/_lib/format-price";
import type { CartView } from "@/app/_lib/cart-view";

/** What the shopper is buying, beside every checkout step: the lines and the totals as the API now has them. */
export function OrderSummary({ cart }: { cart: CartView }) {
  return (
    <section
      aria-labelledby="order-summary-heading"
      className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6"
      data-testid="order-summary"
    >
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="order-summary-heading" className="font-display text-lg font-semibold text-fg">
          Order summary
        </h2>
        <Link href="/cart" className="text-sm font-semibold text-brand underline-offset-4 hover:underline">
          Edit cart
        </Link>
      </div>
      <ul role="list" className="mt-4 divide-y divide-line border-y border-line">
        {cart.lines.map((line) => (
          <li key={line.key} className="flex gap-3 py-3.5" data-testid="summary-line">
            <div className="relative size-16 shrink-0 overflow-hidden rounded-control bg-subtle">
              {line.imageUrl ? (
                <StoreImage src={line.imageUrl} alt="" fill sizes="64px" className="object-cover" />
              ) : null}
              <span className="absolute -top-0 -right-0 grid min-w-5 place-items-center rounded-bl-control bg-fg px-1 text-xs font-semibold text-canvas">
                <span className="sr-only">Quantity </span>
                {line.quantity}
              </span>
            </div>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-semibold text-fg">{line.name}</p>
              {line.options.length > 0 ? (
                <p className="mt-0.5 truncate text-xs text-fg-muted">
                  {line.options.map((option) => option.value).join(" · ")}
                </p>
              ) : null}
            </div>
            <p className="text-sm font-semibold text-fg tabular-nums">{formatPrice(line.lineTotal, cart.currency)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <CartTotals cart={cart} updating={false} />
      </div>
    </section>
  );
}
