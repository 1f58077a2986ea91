/**
 * Authoring shapes for the demo catalog. Seeds are compact and hand-written;
 * `../expand` turns them into the API's wire shapes and `../artwork` draws
 * their images, so both always agree.
 */

import type { AttributeKey } from "./attributes";

/** A named colour as shoppers see it (variant swatch) and as the artwork paints it. */
export interface ColorSeed {
  name: string;
  /** `#RRGGBB` */
  hex: string;
}

export type GstRate = 5 | 12 | 18;

/** Tags an author may set; "sale" is added automatically from the pricing. */
export type AuthoredTag = "new" | "bestseller" | "eco" | "handmade" | "gift" | "limited";

/** The illustration drawn for a product. */
export type ArtShape =
  | "tee"
  | "henley"
  | "hoodie"
  | "zip-hoodie"
  | "sweatshirt"
  | "sneaker"
  | "canvas-sneaker"
  | "slides"
  | "mug"
  | "camp-mug"
  | "kulhad-set"
  | "tumbler"
  | "jar-candle"
  | "votives"
  | "cushion"
  | "pouf"
  | "throw"
  | "tote"
  | "market-bag"
  | "backpack"
  | "sling"
  | "cap"
  | "bucket-hat"
  | "socks";

/** Surface decoration painted onto the product. */
export type ArtMotif = "plain" | "block-print" | "clouds" | "stripes" | "speckle" | "checks";

export interface ArtSeed {
  shape: ArtShape;
  /** Secondary colour for trims, soles, labels, candle vessels and the like. */
  accent: string;
  /** Defaults to "plain". */
  motif?: ArtMotif;
}

export interface PriceSeed {
  /** MRP in INR, tax included. */
  listing: number;
  /** Price charged in INR, tax included; omit when not on sale. */
  selling?: number;
  taxRate: GstRate;
}

export interface OrderQuantitySeed {
  min?: number;
  increment?: number;
  max?: number;
}

export interface RatingSeed {
  /** Average star rating; ignored when `count` is 0. */
  average: number;
  count: number;
}

interface ProductSeedBase {
  /** Also the source of the product's stable id, so keep it unchanged once published. */
  slug: string;
  name: string;
  /** Slug of the deepest category; its ancestors are added automatically. */
  categorySlug: string;
  /** Prefix for SKUs, e.g. "TEE-ORG". */
  skuPrefix: string;
  hsnCode: string;
  shortDescription: string;
  /** Plain-text paragraphs; the API joins them with a blank line. */
  description: string[];
  tags: AuthoredTag[];
  attributes: Partial<Record<AttributeKey, string>>;
  rating: RatingSeed;
  price: PriceSeed;
  orderQuantity?: OrderQuantitySeed;
  art: ArtSeed;
  /** Slugs of pricier alternatives. */
  upsell?: string[];
  /** Slugs of products that go well with this one. */
  crossSell?: string[];
}

export type SimpleStock = "in-stock" | "out-of-stock" | "backorder";

export interface SimpleProductSeed extends ProductSeedBase {
  kind: "simple";
  /** The colour the artwork paints the product in. */
  color: ColorSeed;
  stock: SimpleStock;
}

/**
 * A product sold in colours (and optionally sizes). Variants are every
 * colour × size pair except those listed in `missing`. Combinations are
 * written "Colour/Size", or just "Colour" when there are no sizes.
 */
export interface VariantProductSeed extends ProductSeedBase {
  kind: "variants";
  colors: ColorSeed[];
  /** null for colour-only products. */
  sizes: string[] | null;
  /** Extra INR (tax included) added to both prices of a size, e.g. `{ XXL: 100 }`. */
  sizeSurcharge?: Record<string, number>;
  /** Combinations that are not made at all. */
  missing?: string[];
  /** Combinations that exist but are out of stock ("all" for every one not on backorder). */
  soldOut?: string[] | "all";
  /** Combinations that are out of stock but can be ordered to ship later. */
  backorder?: string[];
  /** Defaults to the first in-stock combination. */
  defaultVariant?: string;
}

export type ProductSeed = SimpleProductSeed | VariantProductSeed;

export interface CategorySeed {
  slug: string;
  name: string;
  description: string;
  /** null for top-level categories. */
  parentSlug: string | null;
}
