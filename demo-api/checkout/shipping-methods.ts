import { DEMO_SHIPPING, type ShippingPolicy } from "../carts/cart-totals";

export type ShippingMethodId = "standard" | "express";

/** A way the demo store ships (`shipping_type: "manual"`: a flat rate the store sets, no courier choice). */
export interface ShippingMethod {
  id: ShippingMethodId;
  name: string;
  policy: ShippingPolicy;
  /** Working days from order to doorstep. */
  deliveryDays: { min: number; max: number };
}

export const SHIPPING_METHODS: Record<ShippingMethodId, ShippingMethod> = {
  standard: { id: "standard", name: "Standard", policy: DEMO_SHIPPING, deliveryDays: { min: 4, max: 6 } },
  express: {
    id: "express",
    name: "Express",
    policy: { feeIncludingTax: 199, taxRate: DEMO_SHIPPING.taxRate, freeShippingThreshold: null },
    deliveryDays: { min: 1, max: 2 },
  },
};

/** Collecting in store costs nothing. */
export const COLLECT_IN_STORE_POLICY: ShippingPolicy = {
  feeIncludingTax: 0,
  taxRate: DEMO_SHIPPING.taxRate,
  freeShippingThreshold: null,
};

export function findShippingMethod(id: string): ShippingMethod | undefined {
  return Object.values(SHIPPING_METHODS).find((method) => method.id === id);
}
