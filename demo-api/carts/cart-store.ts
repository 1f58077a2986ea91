import type { Cart, CartItem, CartShipment, CustomerAddress } from "@commercengine/storefront-sdk";
import { ulid } from "../auth/ulid";
import type { DemoCoupon } from "../catalog/types";
import { checkoutBlocker } from "../checkout/checkout-readiness";
import {
  DEFAULT_FULFILLMENT,
  estimatedDeliveryDays,
  SHIPMENT_ID,
  shippingPolicyFor,
  toWirePreference,
  type FulfillmentChoice,
} from "../checkout/fulfillment-choice";
import { toShipmentItem } from "../checkout/shipment-items";
import { SHIPPING_METHODS } from "../checkout/shipping-methods";
import { computeCartTotals, DEMO_SHIPPING, roundMoney, type CartTotals } from "./cart-totals";
import type { ResolvedLine } from "./cart-line-rules";

export const CART_LIFETIME_MS = 30 * 24 * 3600 * 1000;

/** An address a cart holds: always complete, with the id the cart gave it. */
export type CartAddress = NonNullable<CustomerAddress>;

export interface StoredCart {
  id: string;
  userId: string;
  lines: ResolvedLine[];
  couponCode: string | null;
  metadata: Record<string, string> | null;
  shippingAddress: CartAddress | null;
  billingAddress: CartAddress | null;
  /** What the shopper chose; null until they do, and standard delivery applies meanwhile. */
  fulfillment: FulfillmentChoice | null;
  createdAt: string;
  expiresAt: number;
}

/** The cart as the API sends it; a guest's cart has no addresses yet. */
export type WireCart = Omit<Cart, "billing_address" | "shipping_address"> & {
  billing_address: CustomerAddress | null;
  shipping_address: CustomerAddress | null;
};

/** In-memory carts: one active cart per shopper. */
export class CartStore {
  private readonly carts = new Map<string, StoredCart>();
  private readonly activeCartByUser = new Map<string, string>();

  constructor(private readonly coupons: DemoCoupon[]) {}

  /** The cart with this id if it exists, has not expired and belongs to this shopper. */
  find(cartId: string, userId: string): StoredCart | null {
    const cart = this.carts.get(cartId);
    if (!cart || cart.userId !== userId) return null;
    if (cart.expiresAt <= Date.now()) {
      this.remove(cart);
      return null;
    }
    return cart;
  }

  findActive(userId: string): StoredCart | null {
    const cartId = this.activeCartByUser.get(userId);
    return cartId ? this.find(cartId, userId) : null;
  }

  /** Creates the shopper's cart, or adds to the one they already have: there is one active cart per shopper. */
  create(userId: string, lines: ResolvedLine[], metadata: Record<string, string> | null): StoredCart {
    const existing = this.findActive(userId);
    if (existing) {
      for (const line of lines) this.setLine(existing, line);
      if (metadata) existing.metadata = { ...existing.metadata, ...metadata };
      return existing;
    }
    const cart: StoredCart = {
      id: ulid(),
      userId,
      lines: [],
      couponCode: null,
      metadata,
      shippingAddress: null,
      billingAddress: null,
      fulfillment: null,
      createdAt: new Date().toISOString(),
      expiresAt: Date.now() + CART_LIFETIME_MS,
    };
    for (const line of lines) this.setLine(cart, line);
    this.carts.set(cart.id, cart);
    this.activeCartByUser.set(userId, cart.id);
    return cart;
  }

  /** Sets a line's quantity; 0 removes it. */
  setLine(cart: StoredCart, line: ResolvedLine): void {
    const index = cart.lines.findIndex(
      (existing) => existing.product.id === line.product.id && existing.variant?.id === line.variant?.id,
    );
    if (line.quantity === 0) {
      if (index >= 0) cart.lines.splice(index, 1);
    } else if (index >= 0) {
      cart.lines[index] = line;
    } else {
      cart.lines.push(line);
    }
    this.touch(cart);
  }

  /** Hands a cart to another shopper (same cart id), who must not have an active cart of their own. */
  reassign(cart: StoredCart, userId: string): void {
    if (this.activeCartByUser.get(cart.userId) === cart.id) this.activeCartByUser.delete(cart.userId);
    cart.userId = userId;
    this.activeCartByUser.set(userId, cart.id);
    this.touch(cart);
  }

  setCoupon(cart: StoredCart, code: string | null): void {
    cart.couponCode = code;
    this.touch(cart);
  }

  setAddresses(cart: StoredCart, addresses: { billing: CartAddress; shipping: CartAddress }): void {
    cart.billingAddress = addresses.billing;
    cart.shippingAddress = addresses.shipping;
    this.touch(cart);
  }

  setFulfillment(cart: StoredCart, choice: FulfillmentChoice): void {
    cart.fulfillment = choice;
    this.touch(cart);
  }

  /** The fulfillment that applies to the cart: the shopper's choice, or standard delivery. */
  fulfillmentOf(cart: StoredCart): FulfillmentChoice {
    return cart.fulfillment ?? DEFAULT_FULFILLMENT;
  }

  /** The cart's totals were it fulfilled this way (by default, the way that applies to it). */
  totals(cart: StoredCart, fulfillment: FulfillmentChoice = this.fulfillmentOf(cart)): CartTotals {
    const coupon = cart.couponCode ? (this.coupon(cart.couponCode) ?? null) : null;
    return computeCartTotals(
      cart.lines.map((line) => ({
        quantity: line.quantity,
        listingPrice: line.pricing.listing_price,
        sellingPrice: line.pricing.selling_price,
        taxRate: line.pricing.tax_rate,
      })),
      coupon,
      shippingPolicyFor(fulfillment),
    );
  }

  coupon(code: string): DemoCoupon | undefined {
    return this.coupons.find((coupon) => coupon.code.toLowerCase() === code.trim().toLowerCase());
  }

  remove(cart: StoredCart): void {
    this.carts.delete(cart.id);
    if (this.activeCartByUser.get(cart.userId) === cart.id) this.activeCartByUser.delete(cart.userId);
  }

  /** Renders a stored cart with freshly computed totals; a coupon the cart no longer qualifies for falls away. */
  render(cart: StoredCart): WireCart {
    const fulfillment = this.fulfillmentOf(cart);
    const totals = this.totals(cart, fulfillment);
    if (cart.couponCode && !totals.appliedCoupon) cart.couponCode = null;
    const currency = { code: "INR", name: "Indian Rupee", symbol: "₹" };
    const cartItems = cart.lines.map((line, index) => toCartItem(line, totals.lines[index]!));
    const blocker = checkoutBlocker({
      itemCount: cart.lines.length,
      shippingAddress: cart.shippingAddress,
      billingAddress: cart.billingAddress,
      fulfillment,
    });

    return {
      id: cart.id,
      active: true,
      customer_note: null,
      is_promotion_applied: false,
      is_coupon_applied: totals.appliedCoupon !== null,
      coupon_code: totals.appliedCoupon?.code ?? null,
      coupon_discount_amount: totals.couponDiscountAmount,
      coupon_discount_percent: totals.appliedCoupon?.kind === "percent" ? totals.appliedCoupon.value : 0,
      promotion_discount_amount: 0,
      promotion_discount_percent: 0,
      subtotal: totals.subtotal,
      items_tax_amount: totals.itemsTaxAmount,
      subtotal_including_tax: totals.subtotalIncludingTax,
      shipping_estimated_cost: totals.shippingAmountIncludingTax,
      shipping_discount_amount: 0,
      shipping_amount: totals.shippingAmount,
      shipping_tax_rate: DEMO_SHIPPING.taxRate,
      shipping_tax_amount: totals.shippingTaxAmount,
      shipping_amount_including_tax: totals.shippingAmountIncludingTax,
      ...(cart.fulfillment && { fulfillment_preference: toWirePreference(cart.fulfillment, "user") }),
      estimated_delivery_days: estimatedDeliveryDays(fulfillment),
      handling_charge_excluding_tax: 0,
      handling_charge_tax_amount: 0,
      handling_charge_including_tax: 0,
      total_tax: totals.totalTax,
      grand_total: totals.grandTotal,
      credit_balance_used: 0,
      to_be_paid: totals.grandTotal,
      loyalty_points_redeemed: 0,
      loyalty_points_earned: 0,
      cart_items_count: cart.lines.length,
      cart_items: cartItems,
      billing_address: cart.billingAddress,
      shipping_address: cart.shippingAddress,
      currency,
      metadata: cart.metadata,
      expires_at: new Date(cart.expiresAt).toISOString(),
      applied_promotions: [],
      applied_coupons: totals.appliedCoupon
        ? [
            {
              coupon_id: totals.appliedCoupon.code,
              coupon_type: "discount",
              savings: totals.couponDiscountAmount,
              product_id: null,
              variant_id: null,
              product_name: null,
              variant_name: null,
            },
          ]
        : [],
      shipments: cart.fulfillment?.type === "delivery" ? [toCartShipment(cart.fulfillment, totals, cartItems)] : [],
      promotion_savings: 0,
      coupon_savings: totals.couponDiscountAmount,
      other_savings: 0,
      total_savings: totals.totalSavings,
      free_shipping_threshold: DEMO_SHIPPING.freeShippingThreshold,
      status: blocker ? "not-ready-for-payment" : "ready-for-payment",
      status_error_message: blocker?.message ?? null,
    };
  }

  private touch(cart: StoredCart): void {
    cart.expiresAt = Date.now() + CART_LIFETIME_MS;
  }
}

function toCartShipment(
  choice: Extract<FulfillmentChoice, { type: "delivery" }>,
  totals: CartTotals,
  items: CartItem[],
): CartShipment {
  const method = SHIPPING_METHODS[choice.methodId];
  return {
    id: SHIPMENT_ID,
    shipping_provider_id: method.id,
    shipping_provider_name: method.name,
    courier_company_id: null,
    courier_company_name: null,
    shipping_amount: totals.shippingAmount,
    shipping_tax_amount: totals.shippingTaxAmount,
    shipping_amount_including_tax: totals.shippingAmountIncludingTax,
    shipment_items_count: items.length,
    shipment_items: items.map(toShipmentItem),
  };
}

function toCartItem(line: ResolvedLine, totals: { couponDiscount: number; taxAmount: number }): CartItem {
  const { product, variant, pricing } = line;
  const images = variant && variant.images.length > 0 ? variant.images : product.images;
  return {
    product_id: product.id,
    variant_id: variant?.id ?? null,
    sku: variant?.sku ?? product.sku,
    slug: product.slug,
    product_name: product.name,
    variant_name: variant?.name ?? null,
    product_type: product.product_type,
    product_image_url: images[0]?.url_thumbnail ?? "",
    stock_available: variant?.stock_available ?? product.stock_available,
    backorder: (variant?.backorder ?? product.backorder) === true,
    on_subscription: false,
    on_promotion: variant?.on_promotion ?? product.on_promotion,
    quantity: line.quantity,
    is_free_item: false,
    free_quantity: 0,
    promotion_discount_amount: 0,
    coupon_discount_amount: totals.couponDiscount,
    price_including_tax: true,
    listing_price: pricing.listing_price,
    selling_price: pricing.selling_price,
    selling_price_excluding_tax: pricing.selling_price_excluding_tax,
    min_order_quantity: pricing.min_order_quantity,
    max_order_quantity: pricing.max_order_quantity,
    incremental_quantity: pricing.incremental_quantity,
    handling_charge_excluding_tax: 0,
    handling_charge_tax_rate: 0,
    handling_charge_including_tax: 0,
    tax_type: "GST",
    tax_rate: pricing.tax_rate,
    tax_amount: roundMoney(totals.taxAmount),
    associated_options: variant?.associated_options ?? null,
    attributes: product.attributes,
    subscriptions: null,
  };
}
