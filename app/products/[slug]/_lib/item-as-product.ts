import type { Item, Product } from "@commercengine/storefront-sdk";

/**
 * A similar-products record (one SKU, the product's default variant) in the shape ProductCard takes. It has no
 * variant list, so the card shows that SKU's price rather than a "From" price.
 */
export function itemAsProduct(item: Item): Product {
  return {
    id: item.product_id,
    sku: item.sku,
    name: item.product_name,
    slug: item.product_slug,
    short_description: item.short_description,
    product_type: item.product_type,
    active: item.active,
    stock_available: item.stock_available,
    backorder: item.backorder,
    on_subscription: item.on_subscription,
    on_promotion: item.on_promotion,
    has_variant: false,
    tags: item.tags,
    category_ids: item.category_ids,
    categories: item.categories ?? [],
    reviews_rating_sum: item.reviews_rating_sum ?? 0,
    reviews_count: item.reviews_count,
    attributes: item.attributes,
    pricing: item.pricing,
    variant_options: null,
    promotion: item.promotion,
    images: item.images,
    subscription: item.subscription,
    variants: [],
    bundle_items: [],
  };
}
