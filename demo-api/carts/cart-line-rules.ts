import type { ProductDetail, ProductPricing, Variant } from "@commercengine/storefront-sdk";
import type { CatalogIndex } from "../catalog-index";
import { ApiError, badRequest, notFound } from "../http/envelope";

/** Units of each in-stock SKU the demo warehouse holds; backorderable SKUs have no limit. */
export const DEMO_STOCK_UNITS = 50;
const MAX_QUANTITY = 10_000;

export interface CartLineRequest {
  product_id: string;
  variant_id: string | null;
  quantity: number;
}

export interface ResolvedLine {
  product: ProductDetail;
  variant: Variant | null;
  pricing: ProductPricing;
  quantity: number;
}

/** Checks the shape of one `{product_id, variant_id, quantity}` and explains the first problem. */
export function parseCartLine(value: unknown, where = "item"): CartLineRequest {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`${where} must be an object with product_id, variant_id and quantity`);
  }
  const { product_id, variant_id, quantity } = value as Record<string, unknown>;
  if (typeof product_id !== "string" || product_id.trim() === "" || product_id.length > 100) {
    throw badRequest(`${where}.product_id must be a non-empty string`, { product_id: "required" });
  }
  if (variant_id !== undefined && variant_id !== null && (typeof variant_id !== "string" || variant_id.length > 100)) {
    throw badRequest(`${where}.variant_id must be a string or null`, { variant_id: "invalid" });
  }
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) {
    throw badRequest(`${where}.quantity must be a whole number from 0 to ${MAX_QUANTITY}`, { quantity: "invalid" });
  }
  return { product_id, variant_id: variant_id ?? null, quantity };
}

/** Resolves a line against the catalog and enforces the product's ordering rules and stock. */
export function resolveCartLine(catalog: CatalogIndex, line: CartLineRequest): ResolvedLine {
  const product = catalog.products.find((candidate) => candidate.id === line.product_id);
  if (!product) throw notFound(`Product ${line.product_id} not found`);

  let variant: Variant | null = null;
  if (product.has_variant) {
    if (!line.variant_id)
      throw badRequest(`${product.name} comes in variants: variant_id is required`, { variant_id: "required" });
    variant = product.variants.find((candidate) => candidate.id === line.variant_id) ?? null;
    if (!variant) throw notFound(`Variant ${line.variant_id} of ${product.name} not found`);
  } else if (line.variant_id) {
    throw badRequest(`${product.name} has no variants: variant_id must be null`, { variant_id: "must be null" });
  }

  const pricing = variant?.pricing ?? product.pricing;
  const name = variant ? `${product.name} (${variant.name})` : product.name;
  const { quantity } = line;
  if (quantity > 0) {
    const inStock = variant ? variant.stock_available : product.stock_available;
    const backorder = (variant?.backorder ?? product.backorder) === true;
    if (!inStock && !backorder) throw badRequest(`${name} is out of stock`, { quantity: "out of stock" });
    if (quantity < pricing.min_order_quantity) {
      throw badRequest(`${name} has a minimum order quantity of ${pricing.min_order_quantity}`, {
        quantity: "below minimum",
      });
    }
    if (pricing.max_order_quantity !== null && quantity > pricing.max_order_quantity) {
      throw badRequest(`${name} can be ordered at most ${pricing.max_order_quantity} at a time`, {
        quantity: "above maximum",
      });
    }
    const step = Math.max(1, pricing.incremental_quantity);
    if ((quantity - pricing.min_order_quantity) % step !== 0) {
      throw badRequest(`${name} is sold in steps of ${step} from ${pricing.min_order_quantity}`, {
        quantity: "not a valid step",
      });
    }
    if (inStock && !backorder && quantity > DEMO_STOCK_UNITS) {
      throw badRequest(`Only ${DEMO_STOCK_UNITS} of ${name} are in stock`, { quantity: "beyond stock" });
    }
  }
  return { product, variant, pricing, quantity };
}

/**
 * The line with the largest quantity up to `line.quantity` that the product's rules and stock allow, or null when
 * no quantity does: for combining lines (a guest cart merged into an account's cart) where a refusal is no answer.
 */
export function clampToLineRules(catalog: CatalogIndex, line: CartLineRequest): ResolvedLine | null {
  const wanted = attempt(() => resolveCartLine(catalog, line));
  if (wanted) return wanted;
  const base = attempt(() => resolveCartLine(catalog, { ...line, quantity: 0 }));
  if (!base) return null;
  const { pricing } = base;
  const inStock = base.variant ? base.variant.stock_available : base.product.stock_available;
  const backorder = (base.variant?.backorder ?? base.product.backorder) === true;
  let cap = Math.min(line.quantity, MAX_QUANTITY);
  if (pricing.max_order_quantity !== null) cap = Math.min(cap, pricing.max_order_quantity);
  if (inStock && !backorder) cap = Math.min(cap, DEMO_STOCK_UNITS);
  const step = Math.max(1, pricing.incremental_quantity);
  if (cap < pricing.min_order_quantity) return null;
  const quantity = pricing.min_order_quantity + Math.floor((cap - pricing.min_order_quantity) / step) * step;
  return attempt(() => resolveCartLine(catalog, { ...line, quantity }));
}

function attempt(resolve: () => ResolvedLine): ResolvedLine | null {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}
