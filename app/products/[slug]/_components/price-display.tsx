import { formatPrice } from "@/app/_lib/format-price";
import type { PriceSummary } from "../_lib/price-summary";

/** The big price: "From" when several prices are possible, the list price struck through and the saving. */
export function PriceDisplay({
  price,
  currency,
  taxInclusive,
}: {
  price: PriceSummary;
  currency: string;
  taxInclusive: boolean;
}) {
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1.5">
        <span className="sr-only">{price.compareAt !== null ? "Sale price:" : "Price:"}</span>
        <span
          data-testid="product-price"
          className={`font-display text-[1.875rem] leading-none font-semibold tracking-tight tabular-nums ${price.compareAt !== null ? "text-sale" : "text-fg"}`}
        >
          {price.startingFrom ? <span className="font-sans text-base font-medium text-fg-muted">From </span> : null}
          {formatPrice(price.amount, currency)}
        </span>
        {price.compareAt !== null ? (
          <>
            <span className="sr-only">Regular price:</span>
            <s className="text-lg text-fg-muted tabular-nums">{formatPrice(price.compareAt, currency)}</s>
          </>
        ) : null}
        {price.saving ? (
          <span
            data-testid="product-saving"
            className="rounded-full bg-brand-soft px-2.5 py-1 text-xs font-semibold text-sale tabular-nums sm:text-sm"
          >
            You save {formatPrice(price.saving.amount, currency)} ({price.saving.percent}%)
          </span>
        ) : null}
      </p>
      {taxInclusive ? <p className="mt-2 text-xs text-fg-muted">Inclusive of all taxes</p> : null}
    </div>
  );
}
