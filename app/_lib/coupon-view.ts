import type { Coupon } from "@commercengine/storefront-sdk";

/** A coupon the shopper may apply, as the cart page lists it. */
export interface CouponView {
  code: string;
  name: string;
  description: string;
  /** The order value it needs, or null when any order qualifies. */
  minimumOrder: number | null;
}

export function toCouponViews(coupons: readonly Coupon[]): CouponView[] {
  return coupons.flatMap((coupon) => {
    const code = coupon.coupon_code?.[0];
    if (!code) return [];
    return [
      {
        code,
        name: coupon.name,
        description: coupon.description ?? "",
        minimumOrder: coupon.minimum_order_total || null,
      },
    ];
  });
}
