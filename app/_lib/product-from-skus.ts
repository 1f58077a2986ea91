import type { Item, Product, Variant } from "@commercengine/storefront-sdk";

/**
 * One product for the result grid from the SKUs a search matched for it (search returns one record per
 * variant), best match first. The product takes the first SKU's images, so a search for "black" shows the
 * black variant; price, sale and stock come from the matched variants only (see `productPrice`).
 */
export function productFromSkus(skus: readonly [Item, ...Item[]]): Product {
  const [best] = skus;
  const variants = skus.filter((sku) => sku.variant_id !== null).map(variantFromSku);
  const inStock = skus.some((sku) => sku.stock_available);
  return {
    id: best.product_id,
    sku: best.variant_id === null ? best.sku : null,
    name: best.product_name,
    slug: best.product_slug,
    short_description: best.short_description,
    product_type: best.product_type,
    active: best.active,
    stock_available: inStock,
    backorder: !inStock && skus.some((sku) => sku.backorder === true),
    on_subscription: skus.some((sku) => sku.on_subscription),
    on_promotion: skus.some((sku) => sku.on_promotion),
    has_variant: variants.length > 0,
    tags: best.tags,
    category_ids: best.category_ids,
    categories: best.categories ?? [],
    reviews_rating_sum: best.reviews_rating_sum ?? 0,
    reviews_count: best.reviews_count,
    attributes: best.attributes,
    pricing: best.pricing,
    variant_options: null,
    promotion: best.promotion,
    images: best.images,
    subscription: best.subscription,
    variants,
    bundle_items: [],
  };
}

function variantFromSku(sku: Item): Variant {
  return {
    id: sku.variant_id ?? sku.sku,
    product_id: sku.product_id,
    sku: sku.sku,
    slug: sku.variant_slug,
    name: sku.variant_name ?? sku.product_name,
    product_name: sku.product_name,
    short_description: sku.short_description,
    active: sku.active,
    stock_available: sku.stock_available,
    backorder: sku.backorder,
    on_promotion: sku.on_promotion,
    on_subscription: sku.on_subscription,
    is_default: false,
    associated_options: sku.associated_options ?? {},
    images: sku.images,
    videos: [],
    pricing: sku.pricing,
    subscription: sku.subscription,
    promotion: sku.promotion,
  };
}

/** Groups SKUs by product, in the order each product first appears (its best-ranked SKU). */
export function groupSkusByProduct(skus: readonly Item[]): [Item, ...Item[]][] {
  const groups = new Map<string, [Item, ...Item[]]>();
  for (const sku of skus) {
    const group = groups.get(sku.product_id);
    if (group) group.push(sku);
    else groups.set(sku.product_id, [sku]);
  }
  return [...groups.values()];
}
