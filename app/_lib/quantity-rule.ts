import type { ProductPricing } from "@commercengine/storefront-sdk";

/** How many can go in the cart at once: from `min`, in steps of `step`, up to `max` (null: no limit). */
export interface QuantityRule {
  min: number;
  max: number | null;
  step: number;
}

type OrderQuantities = Pick<ProductPricing, "min_order_quantity" | "max_order_quantity" | "incremental_quantity">;

export function quantityRule(pricing: OrderQuantities): QuantityRule {
  const min = Math.max(1, pricing.min_order_quantity);
  const max = pricing.max_order_quantity;
  return { min, max: max !== null && max >= min ? max : null, step: Math.max(1, pricing.incremental_quantity) };
}

/** The nearest allowed quantity to `value`: on a step from the minimum, within the limits. */
export function clampQuantity(value: number, rule: QuantityRule): number {
  if (!Number.isFinite(value)) return rule.min;
  const steps = Math.round((value - rule.min) / rule.step);
  const stepped = rule.min + Math.max(0, steps) * rule.step;
  if (rule.max === null || stepped <= rule.max) return stepped;
  return rule.min + Math.floor((rule.max - rule.min) / rule.step) * rule.step;
}
