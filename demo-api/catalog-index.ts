import type { Category, Item, Product, ProductCategory, ProductDetail, Variant } from "@commercengine/storefront-sdk";
import type { DemoCatalog } from "./catalog/types";

/** Lookups over the demo catalog, built once at start. */
export class CatalogIndex {
  readonly products: ProductDetail[];
  readonly categories: Category[];
  /** One record per sellable SKU: a variant, or a simple product. */
  readonly items: Item[];
  private readonly byIdOrSlug = new Map<string, ProductDetail>();

  constructor(readonly catalog: DemoCatalog) {
    this.products = catalog.products;
    this.categories = catalog.categories;
    for (const product of this.products) {
      this.byIdOrSlug.set(product.id, product);
      this.byIdOrSlug.set(product.slug, product);
    }
    this.items = this.products.flatMap(toItems);
  }

  product(idOrSlug: string): ProductDetail | undefined {
    return this.byIdOrSlug.get(idOrSlug);
  }

  category(idOrSlug: string): Category | undefined {
    return this.categories.find((category) => category.id === idOrSlug || category.slug === idOrSlug);
  }

  children(parentId: string | null): Category[] {
    return this.categories.filter((category) => category.parent_category_id === parentId);
  }

  /** A category id with all of its descendants' ids. */
  subtreeIds(categoryId: string): Set<string> {
    const ids = new Set([categoryId]);
    for (const child of this.children(categoryId)) {
      for (const id of this.subtreeIds(child.id)) ids.add(id);
    }
    return ids;
  }

  /** A category with its children nested `levels` deep (the API's `ProductCategory`). */
  nest(category: Category, levels: number): ProductCategory {
    const children = levels > 0 ? this.children(category.id).map((child) => this.nest(child, levels - 1)) : null;
    return { ...category, child_categories: children };
  }
}

/** The list view of a product: the detail without its detail-only fields. */
export function toListProduct(detail: ProductDetail): Product {
  const {
    description: _description,
    hsn_code: _hsn,
    videos: _videos,
    shipping: _shipping,
    upselling_product_ids: _up,
    crossselling_product_ids: _cross,
    seo: _seo,
    metadata: _metadata,
    ...product
  } = detail;
  return product;
}

export function toItems(product: ProductDetail): Item[] {
  if (!product.has_variant || product.variants.length === 0) return [simpleItem(product)];
  return product.variants.map((variant) => variantItem(product, variant));
}

function baseItem(product: ProductDetail): Omit<Item, "variant_id" | "sku" | "variant_slug" | "variant_name"> {
  return {
    product_id: product.id,
    product_slug: product.slug,
    product_name: product.name,
    product_type: product.product_type,
    short_description: product.short_description,
    active: product.active,
    stock_available: product.stock_available,
    backorder: product.backorder ?? false,
    on_subscription: product.on_subscription,
    on_promotion: product.on_promotion,
    category_ids: product.category_ids,
    categories: product.categories,
    tags: product.tags,
    reviews_count: product.reviews_count,
    reviews_rating_sum: product.reviews_rating_sum,
    attributes: product.attributes,
    images: product.images,
    pricing: product.pricing,
    promotion: product.promotion,
    subscription: product.subscription,
    associated_options: null,
    shipping: product.shipping,
  };
}

function simpleItem(product: ProductDetail): Item {
  return {
    ...baseItem(product),
    variant_id: null,
    sku: product.sku ?? product.id,
    variant_slug: product.slug,
    variant_name: null,
  };
}

function variantItem(product: ProductDetail, variant: Variant): Item {
  return {
    ...baseItem(product),
    variant_id: variant.id,
    sku: variant.sku ?? variant.id,
    variant_slug: variant.slug,
    variant_name: variant.name,
    stock_available: variant.stock_available,
    backorder: variant.backorder ?? product.backorder ?? false,
    on_promotion: variant.on_promotion,
    images: variant.images.length > 0 ? variant.images : product.images,
    pricing: variant.pricing,
    associated_options: variant.associated_options,
  };
}
