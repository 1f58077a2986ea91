import type { Order } from "@commercengine/storefront-sdk";
import { formatPrice } from "@/app/_lib/format-price";

/** An order's money, as the API computed it when the order was placed. */
export function OrderTotals({ order, currency }: { order: Order; currency: string }) {
  const money = (amount: number) => formatPrice(amount, currency);
  const rows: [string, string][] = [["Subtotal", money(order.subtotal_including_tax ?? order.subtotal ?? 0)]];
  if (order.coupon_code && order.coupon_discount_amount) {
    rows.push([`Coupon ${order.coupon_code}`, `−${money(order.coupon_discount_amount)}`]);
  }
  if (order.promotion_discount_amount) rows.push(["Promotions", `−${money(order.promotion_discount_amount)}`]);
  const shipping = order.shipping_amount_including_tax ?? order.shipping_amount ?? 0;
  rows.push(["Shipping", shipping > 0 ? money(shipping) : "Free"]);
  return (
    <div data-testid="order-totals">
      <dl className="space-y-2.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4">
            <dt className="text-fg-muted">{label}</dt>
            <dd className="text-fg tabular-nums">{value}</dd>
          </div>
        ))}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
          <dt className="font-semibold text-fg">Total</dt>
          <dd className="font-display text-xl font-semibold text-fg tabular-nums" data-testid="order-total">
            {money(order.grand_total ?? 0)}
          </dd>
        </div>
      </dl>
      {order.total_tax ? (
        <p className="mt-1.5 text-right text-xs text-fg-muted">Includes {money(order.total_tax)} GST</p>
      ) : null}
    </div>
  );
}
