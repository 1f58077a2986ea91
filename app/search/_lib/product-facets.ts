import type { Item } from "@commercengine/storefront-sdk";

/** Facet counts: value → how many results have it. */
export type FacetCounts = Record<string, number>;

const ATTRIBUTE_PREFIX = "attributes.";

function colorName(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "name" in value && typeof value.name === "string") {
    return value.name;
  }
  return null;
}

/** The values one SKU has for a facet attribute, as the search API sees them (a variant's own option first). */
export function skuFacetValues(sku: Item, attribute: string): string[] {
  if (attribute === "categories.name") return (sku.categories ?? []).map((category) => category.name);
  if (attribute === "stock_available") return [String(sku.stock_available)];
  if (attribute === "pricing.selling_price") return [String(sku.pricing.selling_price)];
  if (!attribute.startsWith(ATTRIBUTE_PREFIX)) return [];
  const key = attribute.slice(ATTRIBUTE_PREFIX.length);
  const option = sku.associated_options?.[key];
  if (option) {
    // Colour options hold { name, hexcode }, others a string.
    const name = colorName(option.value);
    return name === null ? [] : [name];
  }
  const productAttribute = sku.attributes.find((entry) => entry.key === key);
  if (!productAttribute) return [];
  const { value } = productAttribute as { value: unknown };
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((entry) => (typeof entry === "object" ? colorName(entry) : String(entry)))
    .filter((v) => v !== null);
}

/**
 * Per facet value, how many distinct products have at least one matching SKU with it: the count a
 * shopper expects next to a filter in a grid of products (the API counts SKUs). Values differing only
 * in case are one value, labelled as first seen, as the API does.
 */
export function productFacetCounts(skus: readonly Item[], attribute: string): FacetCounts {
  const products = new Map<string, { label: string; ids: Set<string> }>();
  for (const sku of skus) {
    for (const value of skuFacetValues(sku, attribute)) {
      const key = value.toLocaleLowerCase("en");
      const entry = products.get(key) ?? { label: value, ids: new Set<string>() };
      entry.ids.add(sku.product_id);
      products.set(key, entry);
    }
  }
  return Object.fromEntries([...products.values()].map(({ label, ids }) => [label, ids.size]));
}

/** Colour name (lower case) → hex code, from the SKUs' colour options and colour attributes. */
export function colorSwatches(skus: readonly Item[]): Record<string, string> {
  const swatches: Record<string, string> = {};
  const add = (value: unknown) => {
    if (typeof value !== "object" || value === null || !("hexcode" in value)) return;
    const name = colorName(value);
    if (name && typeof value.hexcode === "string" && /^#[0-9a-f]{3,8}$/i.test(value.hexcode)) {
      swatches[name.toLocaleLowerCase("en")] ??= value.hexcode;
    }
  };
  for (const sku of skus) {
    for (const option of Object.values(sku.associated_options ?? {})) if (option.type === "color") add(option.value);
    for (const attribute of sku.attributes) {
      if (attribute.type === "color") for (const value of attribute.value as unknown[]) add(value);
    }
  }
  return swatches;
}

const APPAREL_SIZES = ["XXS", "XS", "S", "S–M", "M", "M–L", "L", "L–XL", "XL", "XXL", "XXXL", "3XL", "4XL"];
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Sizes in the order shoppers expect: XS, S, M, L, XL… first, then the rest naturally (UK 6 before UK 10). */
export function compareSizes(a: string, b: string): number {
  const rank = (size: string) => {
    const index = APPAREL_SIZES.indexOf(size.toUpperCase().replace(/-/g, "–"));
    return index === -1 ? APPAREL_SIZES.length : index;
  };
  return rank(a) - rank(b) || collator.compare(a, b);
}

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
