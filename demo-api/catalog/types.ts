import type { Category, ProductDetail, StoreConfig } from "@commercengine/storefront-sdk";

/** A coupon the demo store accepts. The server turns these into the API's coupon shapes. */
export interface DemoCoupon {
  code: string;
  name: string;
  description: string;
  /** `percent`: value is a percentage of the subtotal; `flat`: value is an amount in INR. */
  kind: "percent" | "flat";
  value: number;
  /** Smallest cart subtotal (INR, tax included) the coupon applies to; 0 for none. */
  minOrderValue: number;
  /** Cap on the discount of a percentage coupon, in INR; null for none. */
  maxDiscount: number | null;
  /** False for a code handed out privately (staff, partners): it applies when typed but is not offered to shoppers. */
  listed?: boolean;
}

/** Everything the demo API serves, already expanded into the API's wire shapes. */
export interface DemoCatalog {
  storeConfig: StoreConfig;
  /** Flat list; nesting is expressed with `parent_category_id`. */
  categories: Category[];
  /** Every product with its full detail and, when `has_variant`, its variants. */
  products: ProductDetail[];
  coupons: DemoCoupon[];
}
