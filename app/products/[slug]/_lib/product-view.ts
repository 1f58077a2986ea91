import type { ProductDetail, ProductImage } from "@commercengine/storefront-sdk";
import { optimizedImage, type OptimizedImage } from "@/app/_lib/optimized-image";
import { quantityRule, type QuantityRule } from "@/app/_lib/quantity-rule";
import {
  optionGroupsOf,
  stockState,
  variantOptionsOf,
  type OptionGroup,
  type SelectableVariant,
  type StockState,
} from "@/app/_lib/variant-selection";

/**
 * What the product page's interactive parts (options, price, stock, which images to show) need, and nothing more:
 * the page hands this to client components, so the full API record is not sent to the browser twice.
 */

export interface GalleryImage {
  id: string;
  alt: string;
  /** Optimized `<img>` attributes for the gallery's main strip and its thumbnails, resolved on the server. */
  main: OptimizedImage;
  thumbnail: OptimizedImage;
}

/** The main image's width: full width on phones, about half of the max-w-7xl page from tablets up. */
const MAIN_IMAGE_SIZES = "(min-width: 1280px) 620px, (min-width: 768px) 50vw, 100vw";
const THUMBNAIL_SIZES = "72px";

export interface PriceView {
  selling: number;
  listing: number;
}

export interface VariantView extends SelectableVariant {
  id: string;
  name: string;
  price: PriceView;
  quantity: QuantityRule;
  imageIds: string[];
}

export interface ProductView {
  id: string;
  slug: string;
  name: string;
  currency: string;
  /** Prices include GST (the usual case in India): the page says so. */
  taxInclusive: boolean;
  groups: OptionGroup[];
  variants: VariantView[];
  /** The product's own price, quantity rule and stock, for products without options. */
  price: PriceView;
  quantity: QuantityRule;
  stock: StockState;
  /** Each image's URL (the cart line's picture); the gallery itself is drawn on the server (toGalleryImages). */
  imageUrls: Record<string, string>;
  /** The product's images, shown until the chosen options point at a variant's own. */
  imageIds: string[];
}

export function toProductView(product: ProductDetail): ProductView {
  const imageUrls: Record<string, string> = {};
  const collect = (images: readonly ProductImage[] | null | undefined) =>
    [...(images ?? [])]
      .sort((a, b) => a.sort_order - b.sort_order)
      .map((image) => {
        imageUrls[image.id] ??= image.url_standard;
        return image.id;
      });

  const groups = product.has_variant ? optionGroupsOf(product.variant_options) : [];
  const variants: VariantView[] =
    groups.length > 0
      ? (product.variants ?? [])
          .filter((variant) => variant.active !== false)
          .map((variant) => ({
            id: variant.id,
            name: variant.name,
            options: variantOptionsOf(variant.associated_options),
            stock: stockState(variant),
            price: { selling: variant.pricing.selling_price, listing: variant.pricing.listing_price },
            quantity: quantityRule(variant.pricing),
            imageIds: collect(variant.images),
          }))
      : [];

  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    currency: product.pricing.currency,
    taxInclusive: product.pricing.price_including_tax,
    groups,
    variants,
    price: { selling: product.pricing.selling_price, listing: product.pricing.listing_price },
    quantity: quantityRule(product.pricing),
    stock: stockState(product),
    imageUrls,
    imageIds: collect(product.images),
  };
}

/** Every image of the product and its variants, by id, with its optimized gallery and thumbnail attributes. */
export function toGalleryImages(product: ProductDetail): Record<string, GalleryImage> {
  const imagesById: Record<string, GalleryImage> = {};
  for (const image of [
    ...(product.images ?? []),
    ...(product.variants ?? []).flatMap((variant) => variant.images ?? []),
  ]) {
    imagesById[image.id] ??= {
      id: image.id,
      alt: image.alternate_text || image.title || product.name,
      main: optimizedImage({ src: image.url_standard, fill: true, sizes: MAIN_IMAGE_SIZES }),
      thumbnail: optimizedImage({ src: image.url_standard, fill: true, sizes: THUMBNAIL_SIZES }),
    };
  }
  return imagesById;
}
