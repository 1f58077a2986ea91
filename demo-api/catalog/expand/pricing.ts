import type { ProductPricing } from "@commercengine/storefront-sdk";
import type { GstRate, OrderQuantitySeed } from "../seed/types";

export interface PriceInput {
  listing: number;
  selling: number;
  taxRate: GstRate;
}

/** Prices are GST-inclusive, as Indian retail prices are. */
export function buildPricing(price: PriceInput, quantity: OrderQuantitySeed = {}): ProductPricing {
  return {
    currency: "INR",
    tax_type: "GST",
    tax_rate: price.taxRate,
    price_including_tax: true,
    listing_price: price.listing,
    selling_price: price.selling,
    selling_price_excluding_tax: roundToPaise(price.selling / (1 + price.taxRate / 100)),
    min_order_quantity: quantity.min ?? 1,
    max_order_quantity: quantity.max ?? null,
    incremental_quantity: quantity.increment ?? 1,
  };
}

export function roundToPaise(amount: number): number {
  return Math.round(amount * 100) / 100;
}
