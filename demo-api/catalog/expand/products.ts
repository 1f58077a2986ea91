import type { ProductDetail, ProductImage, Variant } from "@commercengine/storefront-sdk";
import { type PlannedImage, planProductImages } from "../image-plan";
import type { ProductSeed } from "../seed/types";
import type { CategoryTree } from "./categories";
import { expandAttributes } from "./attributes";
import { stableId } from "./ids";
import { toProductImage } from "./images";
import { buildPricing } from "./pricing";
import { expandVariantOptions, expandVariants } from "./variants";

export interface ProductContext {
  imageBaseUrl: string;
  storeName: string;
  categoryTree: CategoryTree;
  /** Product slugs that related-product lists may point at. */
  knownSlugs: ReadonlySet<string>;
}

export function productId(slug: string): string {
  return stableId("product", slug);
}

export function expandProduct(seed: ProductSeed, context: ProductContext): ProductDetail {
  const id = productId(seed.slug);
  const categories = context.categoryTree.pathTo(seed.categorySlug);
  const leafCategory = categories[categories.length - 1];
  const plannedImages = planProductImages(seed);
  const images = plannedImages.map((planned, index) => toProductImage(planned, index + 1, context.imageBaseUrl));

  const variants =
    seed.kind === "variants"
      ? expandVariants(seed, { productId: id, imagesByColor: imagesByColor(plannedImages, context.imageBaseUrl) })
      : [];
  const defaultVariant = variants.find((variant) => variant.is_default);
  const onSale = seed.price.selling !== undefined && seed.price.selling < seed.price.listing;
  const stock = productStock(seed, variants);

  const relatedIds = (slugs: string[] = []) =>
    slugs.map((slug) => {
      if (!context.knownSlugs.has(slug)) throw new Error(`${seed.slug}: unknown related product "${slug}"`);
      return productId(slug);
    });

  const tags = onSale ? [...seed.tags, "sale"] : [...seed.tags];

  return {
    id,
    sku: seed.kind === "simple" ? seed.skuPrefix : null,
    name: seed.name,
    slug: seed.slug,
    short_description: seed.shortDescription,
    description: seed.description.join("\n\n"),
    product_type: "physical",
    active: true,
    stock_available: stock.available,
    backorder: stock.backorder,
    on_subscription: false,
    on_promotion: false,
    has_variant: seed.kind === "variants",
    tags,
    category_ids: categories.map((category) => category.id),
    categories,
    reviews_count: seed.rating.count,
    reviews_rating_sum: Math.round(seed.rating.average * seed.rating.count),
    attributes: expandAttributes(seed.attributes),
    pricing: defaultVariant
      ? defaultVariant.pricing
      : buildPricing(
          {
            listing: seed.price.listing,
            selling: seed.price.selling ?? seed.price.listing,
            taxRate: seed.price.taxRate,
          },
          seed.orderQuantity,
        ),
    variant_options: seed.kind === "variants" ? expandVariantOptions(seed) : null,
    promotion: null,
    images,
    subscription: [],
    variants,
    bundle_items: [],
    hsn_code: seed.hsnCode,
    videos: [],
    shipping: { handling_charges_including_tax: 0, handling_charges_excluding_tax: 0, tax_type: "GST", tax_rate: 18 },
    upselling_product_ids: relatedIds(seed.upsell),
    crossselling_product_ids: relatedIds(seed.crossSell),
    seo: {
      title: `${seed.name} | ${context.storeName}`,
      description: seed.shortDescription,
      keywords: [seed.name.toLowerCase(), ...(leafCategory ? [leafCategory.name.toLowerCase()] : []), ...tags],
    },
    metadata: null,
  };
}

/** A variant product is in stock if any variant is, and on backorder if none is but some can be backordered. */
function productStock(seed: ProductSeed, variants: Variant[]): { available: boolean; backorder: boolean } {
  if (seed.kind === "simple") {
    return { available: seed.stock === "in-stock", backorder: seed.stock === "backorder" };
  }
  const available = variants.some((variant) => variant.stock_available);
  return { available, backorder: !available && variants.some((variant) => variant.backorder === true) };
}

/** Each colour's images, numbered from 1 within the colour, for that colour's variants. */
function imagesByColor(planned: PlannedImage[], imageBaseUrl: string): Map<string, ProductImage[]> {
  const byColor = new Map<string, ProductImage[]>();
  for (const image of planned) {
    if (image.colorName === null) continue;
    const colorImages = byColor.get(image.colorName) ?? [];
    colorImages.push(toProductImage(image, colorImages.length + 1, imageBaseUrl));
    byColor.set(image.colorName, colorImages);
  }
  return byColor;
}
