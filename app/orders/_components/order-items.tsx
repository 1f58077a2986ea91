import type { OrderItem } from "@commercengine/storefront-sdk";
import { StoreImage } from "@/app/_components/store-image";
import { formatPrice } from "@/app/_lib/format-price";

/** An order's lines: image, name, variant, quantity and what they cost. */
export function OrderItems({ items, currency }: { items: readonly OrderItem[]; currency: string }) {
  return (
    <ul role="list" className="divide-y divide-line border-y border-line">
      {items.map((item) => (
        <li key={`${item.product_id}:${item.variant_id ?? ""}`} className="flex gap-4 py-4" data-testid="order-line">
          <div className="relative size-20 shrink-0 overflow-hidden rounded-control bg-subtle">
            {item.product_image_url ? (
              <StoreImage src={item.product_image_url} alt="" fill sizes="80px" className="object-cover" />
            ) : null}
          </div>
          <div className="min-w-0 flex-1">
            <p className="font-semibold text-fg">{item.product_name}</p>
            {item.variant_name ? <p className="mt-0.5 text-sm text-fg-muted">{item.variant_name}</p> : null}
            <p className="mt-1 text-sm text-fg-muted">
              {item.quantity} × {formatPrice(item.selling_price, currency)}
            </p>
          </div>
          <p className="font-semibold text-fg tabular-nums">
            {formatPrice(item.selling_price * item.quantity, currency)}
          </p>
        </li>
      ))}
    </ul>
  );
}
