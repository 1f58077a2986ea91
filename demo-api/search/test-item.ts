import type { Category, Item, ProductAttribute } from "@commercengine/storefront-sdk";

/** Test fixture: an Item with plausible defaults; `categoryNames` expands into `categories` unless those are given. */
export interface TestItemSpec extends Partial<Omit<Item, "pricing">> {
  sku: string;
  price?: number;
  listingPrice?: number;
  categoryNames?: string[];
}

export function testItem({ sku, price = 500, listingPrice, categoryNames = [], ...overrides }: TestItemSpec): Item {
  return {
    product_id: `product-${sku}`,
    variant_id: null,
    sku,
    product_slug: sku.toLowerCase(),
    variant_slug: sku.toLowerCase(),
    product_name: `Product ${sku}`,
    variant_name: null,
    product_type: "physical",
    short_description: null,
    active: true,
    stock_available: true,
    on_subscription: false,
    on_promotion: false,
    category_ids: categoryNames.map(categoryId),
    categories: categoryNames.map(testCategory),
    tags: [],
    reviews_count: 0,
    reviews_rating_sum: null,
    attributes: [],
    images: [],
    pricing: {
      currency: "INR",
      tax_type: "GST",
      tax_rate: 12,
      price_including_tax: true,
      listing_price: listingPrice ?? price,
      selling_price: price,
      min_order_quantity: 1,
      max_order_quantity: null,
      incremental_quantity: 1,
      selling_price_excluding_tax: price,
    },
    promotion: null,
    subscription: [],
    associated_options: null,
    ...overrides,
  };
}

const categoryId = (name: string) => `category-${name.toLowerCase().replace(/\W+/g, "-")}`;

function testCategory(name: string): Category {
  return {
    id: categoryId(name),
    name,
    slug: categoryId(name),
    description: null,
    parent_category_id: null,
    product_count: 1,
    active: true,
  };
}

type AttributeSpec =
  | { type: "color"; value: string[] }
  | { type: "single-select"; value: string }
  | { type: "text"; value: string }
  | { type: "date"; value: string }
  | { type: "multi-select"; value: string[] }
  | { type: "number"; value: number }
  | { type: "boolean"; value: boolean };

export function testAttribute(key: string, spec: AttributeSpec): ProductAttribute {
  const base = { id: `attribute-${key}`, name: key, key };
  if (spec.type === "color") {
    return { ...base, type: "color", value: spec.value.map((name) => ({ name, hexcode: "#000000" })) };
  }
  return { ...base, ...spec };
}
