import type { DemoCoupon } from "../catalog/types";

/** One cart line with the prices it is sold at (tax included, as the store's prices are). */
export interface PricedLine {
  quantity: number;
  listingPrice: number;
  sellingPrice: number;
  taxRate: number;
}

export interface ShippingPolicy {
  /** Flat charge, tax included. */
  feeIncludingTax: number;
  taxRate: number;
  /** Orders worth at least this much after discounts ship free; null: the fee is always charged. */
  freeShippingThreshold: number | null;
}

export const DEMO_SHIPPING: ShippingPolicy = { feeIncludingTax: 99, taxRate: 18, freeShippingThreshold: 999 };

export interface LineTotals {
  couponDiscount: number;
  taxAmount: number;
  /** What the line costs after its share of the coupon, tax included. */
  totalIncludingTax: number;
}

export interface CartTotals {
  lines: LineTotals[];
  /** The coupon that applies, or null when there is none or the cart does not qualify. */
  appliedCoupon: DemoCoupon | null;
  /** Items before the coupon, tax excluded; with `itemsTaxAmount` it makes `subtotalIncludingTax`. */
  subtotal: number;
  subtotalIncludingTax: number;
  /** GST in the items' prices before the coupon. */
  itemsTaxAmount: number;
  couponDiscountAmount: number;
  shippingAmount: number;
  shippingTaxAmount: number;
  shippingAmountIncludingTax: number;
  /** GST actually paid: on the items after the coupon, and on shipping. */
  totalTax: number;
  grandTotal: number;
  /** Promotions + coupon + other discounts, as the API defines it; list-price markdowns are not included. */
  totalSavings: number;
}

export const roundMoney = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

const taxIncluded = (amountIncludingTax: number, rate: number) =>
  roundMoney((amountIncludingTax * rate) / (100 + rate));

/** Why a coupon cannot apply to a cart of this value, or null when it can. */
export function couponIneligibility(coupon: DemoCoupon, subtotalIncludingTax: number): string | null {
  if (subtotalIncludingTax < coupon.minOrderValue) {
    return `Coupon ${coupon.code} needs an order of at least ₹${coupon.minOrderValue}`;
  }
  return null;
}

export function couponDiscount(coupon: DemoCoupon, subtotalIncludingTax: number): number {
  const raw = coupon.kind === "percent" ? (subtotalIncludingTax * coupon.value) / 100 : coupon.value;
  const capped = coupon.maxDiscount === null ? raw : Math.min(raw, coupon.maxDiscount);
  return roundMoney(Math.min(capped, subtotalIncludingTax));
}

/**
 * Totals the way Commerce Engine presents them: prices include GST, a coupon is shared between
 * lines in proportion to their value, tax is taken out of what is actually paid, and shipping
 * is free from a threshold measured after discounts.
 */
export function computeCartTotals(
  lines: PricedLine[],
  coupon: DemoCoupon | null,
  shipping: ShippingPolicy = DEMO_SHIPPING,
): CartTotals {
  const lineValues = lines.map((line) => roundMoney(line.sellingPrice * line.quantity));
  const subtotalIncludingTax = roundMoney(sum(lineValues));
  const appliedCoupon =
    coupon && lines.length > 0 && !couponIneligibility(coupon, subtotalIncludingTax) ? coupon : null;
  const discount = appliedCoupon ? couponDiscount(appliedCoupon, subtotalIncludingTax) : 0;

  const shares = shareOut(discount, lineValues);
  const lineTotals = lines.map((line, index): LineTotals => {
    const totalIncludingTax = roundMoney(lineValues[index]! - shares[index]!);
    return {
      couponDiscount: shares[index]!,
      taxAmount: taxIncluded(totalIncludingTax, line.taxRate),
      totalIncludingTax,
    };
  });

  const payableItems = roundMoney(subtotalIncludingTax - discount);
  const shipsFree =
    lines.length === 0 || (shipping.freeShippingThreshold !== null && payableItems >= shipping.freeShippingThreshold);
  const shippingAmountIncludingTax = shipsFree ? 0 : shipping.feeIncludingTax;
  const shippingTaxAmount = taxIncluded(shippingAmountIncludingTax, shipping.taxRate);
  const itemsTaxAmount = roundMoney(sum(lines.map((line, index) => taxIncluded(lineValues[index]!, line.taxRate))));
  const itemsTaxPaid = roundMoney(sum(lineTotals.map((line) => line.taxAmount)));

  return {
    lines: lineTotals,
    appliedCoupon,
    subtotal: roundMoney(subtotalIncludingTax - itemsTaxAmount),
    subtotalIncludingTax,
    itemsTaxAmount,
    couponDiscountAmount: discount,
    shippingAmount: roundMoney(shippingAmountIncludingTax - shippingTaxAmount),
    shippingTaxAmount,
    shippingAmountIncludingTax,
    totalTax: roundMoney(itemsTaxPaid + shippingTaxAmount),
    grandTotal: roundMoney(payableItems + shippingAmountIncludingTax),
    totalSavings: discount,
  };
}

/** Splits `amount` in proportion to `weights`, in whole paise, so the parts add up exactly. */
function shareOut(amount: number, weights: number[]): number[] {
  const total = sum(weights);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const shares = weights.map((weight) => roundMoney((amount * weight) / total));
  const drift = roundMoney(amount - sum(shares));
  const last = shares.length - 1;
  shares[last] = roundMoney(shares[last]! + drift);
  return shares;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
