import type { Product } from "@commercengine/storefront-sdk";

export interface ProductPrice {
  /** What the shopper pays (the lowest variant price when variants differ). */
  amount: number;
  /** The crossed-out "MRP", or null when the product is not on sale. */
  compareAt: number | null;
  /** Whole-number discount, e.g. 25 for "-25%"; null when not on sale. */
  discountPercent: number | null;
  /** True when variants cost different amounts, so the price reads "From ₹…". */
  startingFrom: boolean;
  currency: string;
}

/** The price a product card shows. */
export function productPrice(product: Product): ProductPrice {
  const variantPricings = product.has_variant ? (product.variants ?? []).map((variant) => variant.pricing) : [];
  const pricing = variantPricings.reduce(
    (lowest, candidate) => (candidate.selling_price < lowest.selling_price ? candidate : lowest),
    variantPricings[0] ?? product.pricing,
  );
  const startingFrom = new Set(variantPricings.map((variantPricing) => variantPricing.selling_price)).size > 1;
  const onSale = pricing.listing_price > pricing.selling_price;
  const discountPercent = onSale ? Math.round((1 - pricing.selling_price / pricing.listing_price) * 100) : null;
  return {
    amount: pricing.selling_price,
    compareAt: onSale ? pricing.listing_price : null,
    discountPercent: discountPercent && discountPercent > 0 ? discountPercent : null,
    startingFrom,
    currency: pricing.currency || product.pricing.currency,
  };
}
