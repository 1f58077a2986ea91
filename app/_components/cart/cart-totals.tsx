import { formatPrice } from "@/app/_lib/format-price";
import type { CartView } from "@/app/_lib/cart-view";

/**
 * The cart's money: subtotal, discounts, shipping, tax, savings and the total to pay (the API's `to_be_paid`).
 * While a change is on its way the figures are the last confirmed ones, dimmed and marked busy.
 */
export function CartTotals({ cart, updating }: { cart: CartView; updating: boolean }) {
  const money = (amount: number) => formatPrice(amount, cart.currency);
  return (
    <div aria-busy={updating || undefined} data-testid="cart-totals" className={updating ? "opacity-60" : undefined}>
      <dl className="space-y-2.5 text-sm">
        <Row label="Subtotal" value={money(cart.subtotal)} testId="cart-subtotal" />
        {cart.couponCode && cart.couponDiscount > 0 ? (
          <Row
            label={`Coupon ${cart.couponCode}`}
            value={`−${money(cart.couponDiscount)}`}
            testId="cart-discount"
            accent
          />
        ) : null}
        {cart.promotionDiscount > 0 ? (
          <Row label="Promotions" value={`−${money(cart.promotionDiscount)}`} accent />
        ) : null}
        <Row label="Shipping" value={cart.shipping > 0 ? money(cart.shipping) : "Free"} testId="cart-shipping" />
        {cart.taxIncluded ? null : <Row label="Tax" value={money(cart.tax)} testId="cart-tax" />}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3.5">
          <dt className="text-base font-semibold text-fg">Total</dt>
          <dd className="font-display text-xl font-semibold text-fg tabular-nums" data-testid="cart-total">
            {money(cart.total)}
          </dd>
        </div>
      </dl>
      <div className="mt-1.5 space-y-0.5 text-right text-xs text-fg-muted">
        {cart.taxIncluded && cart.tax > 0 ? <p data-testid="cart-tax">Includes {money(cart.tax)} GST</p> : null}
        {cart.savings > 0 ? (
          <p className="font-semibold text-sale" data-testid="cart-savings">
            You save {money(cart.savings)}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function Row({
  label,
  value,
  testId,
  accent = false,
}: {
  label: string;
  value: string;
  testId?: string;
  accent?: boolean;
}) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-fg-muted">{label}</dt>
      <dd className={`font-medium tabular-nums ${accent ? "text-sale" : "text-fg"}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
