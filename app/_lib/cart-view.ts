import type { Cart, CartItem } from "@commercengine/storefront-sdk";

/**
 * What the cart UI shows, and nothing more: the header drawer and the cart page are client components, so the cart
 * goes to the browser in this lean shape instead of the full API record.
 */

export interface CartLineOption {
  label: string;
  value: string;
}

export interface CartLineView {
  /** Identifies the line: one per product and variant. */
  key: string;
  productId: string;
  variantId: string | null;
  slug: string;
  name: string;
  imageUrl: string | null;
  /** The chosen options, in the product's order: Colour: Navy, Size: M. */
  options: CartLineOption[];
  quantity: number;
  unitPrice: number;
  /** The price before a markdown; equal to `unitPrice` when there is none. */
  listPrice: number;
  lineTotal: number;
  minQuantity: number;
  maxQuantity: number | null;
  step: number;
}

export interface CartView {
  id: string;
  currency: string;
  lines: CartLineView[];
  /** Units across all lines. */
  itemCount: number;
  /** Prices (and so the subtotal and shipping below) include tax: the summary says "includes" instead of adding it. */
  taxIncluded: boolean;
  subtotal: number;
  couponCode: string | null;
  couponDiscount: number;
  promotionDiscount: number;
  shipping: number;
  tax: number;
  /** Markdowns from the list price plus the API's savings (coupons, promotions). */
  savings: number;
  /** What the shopper pays: the API's `to_be_paid`. */
  total: number;
}

export function cartLineKey(productId: string, variantId: string | null): string {
  return `${productId}:${variantId ?? ""}`;
}

export function toCartView(cart: Cart): CartView {
  const lines = cart.cart_items.map(toLineView);
  const taxIncluded = cart.cart_items[0]?.price_including_tax ?? true;
  const markdowns = lines.reduce((total, line) => total + (line.listPrice - line.unitPrice) * line.quantity, 0);
  return {
    id: cart.id,
    currency: cart.currency.code,
    lines,
    itemCount: lines.reduce((total, line) => total + line.quantity, 0),
    taxIncluded,
    subtotal: taxIncluded ? cart.subtotal_including_tax : cart.subtotal,
    couponCode: cart.coupon_code || null,
    couponDiscount: cart.coupon_discount_amount,
    promotionDiscount: cart.promotion_discount_amount ?? 0,
    shipping: (taxIncluded ? cart.shipping_amount_including_tax : cart.shipping_amount) ?? 0,
    tax: cart.total_tax ?? 0,
    savings: roundMoney(Math.max(0, markdowns) + cart.total_savings),
    total: cart.to_be_paid,
  };
}

function toLineView(item: CartItem): CartLineView {
  return {
    key: cartLineKey(item.product_id, item.variant_id),
    productId: item.product_id,
    variantId: item.variant_id,
    slug: item.slug,
    name: item.product_name,
    imageUrl: item.product_image_url || null,
    options: lineOptions(item),
    quantity: item.quantity,
    unitPrice: item.selling_price,
    listPrice: Math.max(item.listing_price, item.selling_price),
    lineTotal: roundMoney(item.selling_price * item.quantity),
    minQuantity: Math.max(1, item.min_order_quantity),
    maxQuantity: item.max_order_quantity,
    step: Math.max(1, item.incremental_quantity),
  };
}

function lineOptions(item: CartItem): CartLineOption[] {
  const options = Object.values(item.associated_options ?? {}).map((option) => ({
    label: option.name === "Color" ? "Colour" : option.name,
    value: typeof option.value === "string" ? option.value : option.value.name,
  }));
  if (options.length === 0 && item.variant_name) return [{ label: "Option", value: item.variant_name }];
  return options;
}

export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
