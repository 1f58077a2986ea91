import type { ProductDetail } from "@commercengine/storefront-sdk";
import type { JsonLdObject } from "@/app/_lib/json-ld";
import { isBuyable, type StockState } from "@/app/_lib/variant-selection";
import type { Crumb } from "../_components/breadcrumbs";
import type { ProductView } from "./product-view";

const AVAILABILITY: Record<StockState, string> = {
  in_stock: "https://schema.org/InStock",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
};

/**
 * schema.org structured data: the Product with its offer (one Offer when every option costs the same, an
 * AggregateOffer with the price range otherwise), its rating, and the BreadcrumbList. URLs are absolute.
 */
export function productJsonLd(
  product: ProductDetail,
  view: ProductView,
  crumbs: Crumb[],
  siteUrl: string,
): JsonLdObject[] {
  const url = `${siteUrl}/products/${encodeURIComponent(product.slug)}`;
  const offered = view.variants.length > 0 ? view.variants : [{ price: view.price, stock: view.stock }];
  const prices = offered.map((item) => item.price.selling);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const common = {
    priceCurrency: view.currency,
    availability: AVAILABILITY[overallStock(offered.map((item) => item.stock))],
    url,
    itemCondition: "https://schema.org/NewCondition",
  };
  const offers: JsonLdObject =
    low === high
      ? { "@type": "Offer", price: low, ...common }
      : { "@type": "AggregateOffer", lowPrice: low, highPrice: high, offerCount: offered.length, ...common };

  const description = product.short_description || product.description || undefined;
  const primary = crumbs.length > 2 ? crumbs[crumbs.length - 2] : undefined;
  const productLd: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${url}#product`,
    name: product.name,
    url,
    ...(description ? { description } : {}),
    ...(product.sku ? { sku: product.sku } : {}),
    image: product.images.map((image) => image.url_zoom || image.url_standard),
    ...(primary ? { category: primary.name } : {}),
    offers,
  };
  if (product.reviews_count > 0) {
    productLd.aggregateRating = {
      "@type": "AggregateRating",
      ratingValue: Math.round((product.reviews_rating_sum / product.reviews_count) * 10) / 10,
      reviewCount: product.reviews_count,
      bestRating: 5,
      worstRating: 1,
    };
  }

  const breadcrumbLd: JsonLdObject = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.href ?? `/products/${encodeURIComponent(product.slug)}`}`,
    })),
  };
  return [productLd, breadcrumbLd];
}

/** In stock if any option is; else on backorder if any is; else out of stock. */
function overallStock(states: StockState[]): StockState {
  if (states.includes("in_stock")) return "in_stock";
  return states.some(isBuyable) ? "backorder" : "out_of_stock";
}
