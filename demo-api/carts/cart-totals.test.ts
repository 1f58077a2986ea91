import { describe, expect, it } from "vitest";
import type { DemoCoupon } from "../catalog/types";
import { computeCartTotals, DEMO_SHIPPING, type PricedLine } from "./cart-totals";

const tee: PricedLine = { quantity: 2, listingPrice: 999, sellingPrice: 799, taxRate: 5 };
const mug: PricedLine = { quantity: 1, listingPrice: 449, sellingPrice: 449, taxRate: 18 };

const percent: DemoCoupon = {
  code: "TEN",
  name: "10%",
  description: "",
  kind: "percent",
  value: 10,
  minOrderValue: 0,
  maxDiscount: 100,
};
const flat: DemoCoupon = {
  code: "FLAT200",
  name: "₹200",
  description: "",
  kind: "flat",
  value: 200,
  minOrderValue: 999,
  maxDiscount: null,
};

describe("computeCartTotals", () => {
  it("adds up tax-inclusive lines, takes the GST out of them, and ships free above the threshold", () => {
    const totals = computeCartTotals([tee, mug], null);
    expect(totals.subtotalIncludingTax).toBe(2047);
    // 1598 × 5/105 + 449 × 18/118
    expect(totals.itemsTaxAmount).toBeCloseTo(76.1 + 68.49, 2);
    expect(totals.subtotal).toBeCloseTo(2047 - totals.itemsTaxAmount, 2);
    expect(totals.shippingAmountIncludingTax).toBe(0);
    expect(totals.grandTotal).toBe(2047);
    expect(totals.totalTax).toBe(totals.itemsTaxAmount);
    expect(totals.totalSavings).toBe(0);
  });

  it("charges shipping, tax included, below the free-shipping threshold", () => {
    const totals = computeCartTotals([mug], null);
    expect(totals.shippingAmountIncludingTax).toBe(DEMO_SHIPPING.feeIncludingTax);
    expect(totals.shippingTaxAmount).toBeCloseTo(15.1, 2);
    expect(totals.shippingAmount).toBeCloseTo(83.9, 2);
    expect(totals.grandTotal).toBe(449 + 99);
    expect(totals.totalTax).toBeCloseTo(totals.itemsTaxAmount + totals.shippingTaxAmount, 2);
  });

  it("caps a percentage coupon and shares it between lines to the paisa", () => {
    const totals = computeCartTotals([tee, mug], percent);
    expect(totals.couponDiscountAmount).toBe(100);
    expect(totals.lines.reduce((sum, line) => sum + line.couponDiscount, 0)).toBeCloseTo(100, 2);
    expect(totals.lines[0]!.couponDiscount).toBeCloseTo((100 * 1598) / 2047, 1);
    expect(totals.grandTotal).toBe(1947);
    expect(totals.totalSavings).toBe(100);
  });

  it("keeps the rows adding up once a coupon applies", () => {
    const lines: PricedLine[] = [
      { quantity: 3, listingPrice: 499, sellingPrice: 499, taxRate: 5 },
      { quantity: 1, listingPrice: 1299, sellingPrice: 1299, taxRate: 12 },
    ];
    const totals = computeCartTotals(lines, { ...percent, value: 15, maxDiscount: null });
    expect(totals.subtotal + totals.itemsTaxAmount).toBeCloseTo(totals.subtotalIncludingTax, 2);
    expect(totals.subtotalIncludingTax - totals.couponDiscountAmount + totals.shippingAmountIncludingTax).toBeCloseTo(
      totals.grandTotal,
      2,
    );
    // Tax is paid on what the shopper actually pays, so the coupon lowers it.
    expect(totals.totalTax).toBeLessThan(totals.itemsTaxAmount);
    expect(totals.totalTax).toBeCloseTo(
      totals.lines.reduce((sum, line) => sum + line.taxAmount, 0) + totals.shippingTaxAmount,
      2,
    );
  });

  it("measures the shipping threshold after the discount", () => {
    const line: PricedLine = { quantity: 1, listingPrice: 1099, sellingPrice: 1099, taxRate: 12 };
    const totals = computeCartTotals([line], flat);
    expect(totals.couponDiscountAmount).toBe(200);
    expect(totals.shippingAmountIncludingTax).toBe(99);
    expect(totals.grandTotal).toBe(1099 - 200 + 99);
  });

  it("drops a coupon the cart no longer qualifies for", () => {
    const totals = computeCartTotals([mug], flat);
    expect(totals.appliedCoupon).toBeNull();
    expect(totals.couponDiscountAmount).toBe(0);
  });

  it("never discounts below zero and totals an empty cart to nothing", () => {
    const cheap: PricedLine = { quantity: 1, listingPrice: 150, sellingPrice: 150, taxRate: 5 };
    const huge: DemoCoupon = { ...flat, value: 500, minOrderValue: 0 };
    expect(computeCartTotals([cheap], huge).couponDiscountAmount).toBe(150);
    const empty = computeCartTotals([], percent);
    expect(empty).toMatchObject({
      grandTotal: 0,
      shippingAmountIncludingTax: 0,
      couponDiscountAmount: 0,
      appliedCoupon: null,
    });
  });
});
