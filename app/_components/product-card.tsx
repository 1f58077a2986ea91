import type { Product } from "@commercengine/storefront-sdk";
import Link from "next/link";
import { formatPrice } from "@/app/_lib/format-price";
import { primaryCategory } from "@/app/_lib/primary-category";
import { pendingLine } from "@/app/_lib/pending-cart";
import { productPrice } from "@/app/_lib/product-price";
import { quantityRule } from "@/app/_lib/quantity-rule";
import { CardAddToCart } from "./cart/card-add-to-cart";
import { RatingStars } from "./rating-stars";
import { StoreImage } from "./store-image";

/** `sizes` for a card in the product grid: 2 columns on phones, 4 from tablets up, capped by max-w-7xl. */
export const PRODUCT_CARD_IMAGE_SIZES = "(min-width: 1280px) 296px, (min-width: 768px) 24vw, 48vw";

export interface ProductCardProps {
  product: Product;
  /** Above the fold: load the image at once (and `preload` it for the very first ones). */
  loading?: "eager" | "lazy";
  preload?: boolean;
}

/** A product in a grid: image, name, price (with sale and stock state) and rating, linking to its page. */
export function ProductCard({ product, loading = "lazy", preload = false }: ProductCardProps) {
  const image = product.images[0];
  const price = productPrice(product);
  const outOfStock = !product.stock_available && !product.backorder;
  const backorder = !product.stock_available && product.backorder === true;
  const category = primaryCategory(product)?.name;
  const href = `/products/${encodeURIComponent(product.slug)}`;

  return (
    <article
      data-testid="product-card"
      className="group relative flex h-full flex-col rounded-card outline-offset-4 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-focus"
    >
      <div className="relative aspect-square overflow-hidden rounded-card bg-subtle">
        {image ? (
          <StoreImage
            src={image.url_standard}
            alt={image.alternate_text || product.name}
            fill
            sizes={PRODUCT_CARD_IMAGE_SIZES}
            loading={preload ? undefined : loading}
            preload={preload}
            className={`object-cover transition-transform duration-500 ease-out group-hover:scale-[1.04] ${outOfStock ? "opacity-60 grayscale-[35%]" : ""}`}
          />
        ) : (
          <div className="grid size-full place-items-center text-sm text-fg-muted">No image</div>
        )}
        {!product.has_variant && !outOfStock ? <CardAddToCart line={quickAddLine(product)} /> : null}
        <div className="absolute top-2 left-2 flex flex-col items-start gap-1">
          {price.discountPercent !== null && !outOfStock ? (
            <span className="rounded-full bg-sale px-2 py-0.5 text-[0.6875rem] font-semibold text-on-brand tabular-nums">
              <span aria-hidden="true">-{price.discountPercent}%</span>
              <span className="sr-only">{price.discountPercent}% off</span>
            </span>
          ) : null}
          {outOfStock ? (
            <span className="rounded-full bg-fg px-2 py-0.5 text-[0.6875rem] font-semibold text-canvas">
              Out of stock
            </span>
          ) : null}
          {backorder ? (
            <span className="rounded-full bg-surface/95 px-2 py-0.5 text-[0.6875rem] font-semibold text-fg shadow-sm">
              Backorder
            </span>
          ) : null}
        </div>
      </div>

      <div className="mt-3 flex flex-1 flex-col gap-1 px-0.5">
        {category ? <p className="truncate text-xs text-fg-muted">{category}</p> : null}
        <h3 className="line-clamp-2 text-sm leading-snug font-medium text-fg sm:text-[0.9375rem]">
          <Link href={href} className="after:absolute after:inset-0 after:rounded-card focus-visible:outline-none">
            {product.name}
          </Link>
        </h3>
        {product.reviews_count > 0 ? (
          <RatingStars rating={product.reviews_rating_sum / product.reviews_count} count={product.reviews_count} />
        ) : null}
        <p className="mt-auto flex flex-wrap items-baseline gap-x-2 pt-1">
          <span className="sr-only">{price.compareAt !== null ? "Sale price:" : "Price:"}</span>
          <span
            className={`text-[0.9375rem] font-semibold tabular-nums ${price.compareAt !== null ? "text-sale" : "text-fg"}`}
          >
            {price.startingFrom ? <span className="text-xs font-medium text-fg-muted">From </span> : null}
            {formatPrice(price.amount, price.currency)}
          </span>
          {price.compareAt !== null ? (
            <>
              <span className="sr-only">Regular price:</span>
              <s className="text-xs text-fg-muted tabular-nums">{formatPrice(price.compareAt, price.currency)}</s>
            </>
          ) : null}
        </p>
      </div>
    </article>
  );
}

/** A product without options as the cart would show it, for the quick-add button. */
function quickAddLine(product: Product) {
  const rule = quantityRule(product.pricing);
  return pendingLine({
    productId: product.id,
    variantId: null,
    slug: product.slug,
    name: product.name,
    imageUrl: product.images[0]?.url_thumbnail || product.images[0]?.url_standard || null,
    options: [],
    unitPrice: product.pricing.selling_price,
    listPrice: Math.max(product.pricing.listing_price, product.pricing.selling_price),
    minQuantity: rule.min,
    maxQuantity: rule.max,
    step: rule.step,
  });
}
