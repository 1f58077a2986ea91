/** The attributes `filter`, `sort` and `facets` may name, besides `attributes.<key>`. */
export const FIXED_ATTRIBUTES = [
  "product_type",
  "categories.name",
  "pricing.listing_price",
  "pricing.selling_price",
  "pricing.tax_rate",
  "product_id",
  "variant_id",
  "product_name",
  "variant_name",
  "tags",
  "sku",
  "stock_available",
  "rating",
] as const;

/** Product attributes and variant options are addressed as `attributes.<key>`, e.g. `attributes.color`. */
export const PRODUCT_ATTRIBUTE_PREFIX = "attributes.";

/** Fixed attributes holding lists, which have no single value to sort by. */
const LIST_ATTRIBUTES: ReadonlySet<string> = new Set(["tags", "categories.name"]);

const FIXED_ATTRIBUTE_SET: ReadonlySet<string> = new Set(FIXED_ATTRIBUTES);
const PRODUCT_ATTRIBUTE_KEY = /^[A-Za-z0-9_-]+$/;

export const SUPPORTED_ATTRIBUTES_LIST = [...FIXED_ATTRIBUTES, `${PRODUCT_ATTRIBUTE_PREFIX}<key>`].join(", ");

export const SORTABLE_ATTRIBUTES_LIST = [
  ...FIXED_ATTRIBUTES.filter((name) => !LIST_ATTRIBUTES.has(name)),
  `${PRODUCT_ATTRIBUTE_PREFIX}<key>`,
].join(", ");

export function isSupportedAttribute(name: string): boolean {
  if (FIXED_ATTRIBUTE_SET.has(name)) return true;
  return (
    name.startsWith(PRODUCT_ATTRIBUTE_PREFIX) && PRODUCT_ATTRIBUTE_KEY.test(name.slice(PRODUCT_ATTRIBUTE_PREFIX.length))
  );
}

export function isSortableAttribute(name: string): boolean {
  return isSupportedAttribute(name) && !LIST_ATTRIBUTES.has(name);
}
