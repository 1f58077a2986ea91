import type { Metadata } from "next";
import { notFound, permanentRedirect, unstable_rethrow } from "next/navigation";
import { RatingStars } from "@/app/_components/rating-stars";
import { JsonLd } from "@/app/_lib/json-ld";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { getProduct, listProducts } from "@/lib/commerce/catalog";
import { getConfig, getConfigStatus } from "@/lib/config";
import { Breadcrumbs, type Crumb } from "./_components/breadcrumbs";
import { ChosenOptionsProvider } from "./_components/chosen-options-provider";
import { ProductAttributes } from "./_components/product-attributes";
import { ProductDescription } from "./_components/product-description";
import { galleriesByImageSet } from "./_components/product-gallery";
import { purchasePanelParts } from "./_components/purchase-panel-parts";
import { SimilarProducts } from "./_components/similar-products";
import { VariantGallery } from "./_components/variant-gallery";
import { VariantPurchasePanel } from "./_components/variant-purchase-panel";
import { categoryTrail } from "./_lib/category-trail";
import { productJsonLd } from "./_lib/product-json-ld";
import { toProductView } from "./_lib/product-view";

type Props = { params: Promise<{ slug: string }> };

/**
 * Cache Components needs at least one path to prerender. When the catalog is empty or cannot be reached at build
 * time, this stands in: it renders the not-found page, and every real product renders on its first visit instead.
 */
const PLACEHOLDER_SLUG = "__no-products__";
const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/**
 * A slug that was not prerendered (a product added after the build, or no product at all) renders before the
 * response starts, instead of behind the route's fallback shell: so an unknown product gets a real 404 status,
 * not a 200 with a streamed "not found". The result is cached like the prerendered pages. (Next.js 16.4 names
 * this option unstable_; without it the first visit to an unknown slug answers 200 with a noindex tag.)
 */
export const unstable_paramMatching = { slug: "blocking" };

/**
 * The page renders whole rather than behind a route-level loading skeleton (streamed parts need a script to show,
 * and this page must work without one), so a navigation to it waits for its render. Said here, so development does
 * not flag it as a slow navigation.
 */
export const instant = false;

/** Every product is prerendered at build time; products added later render on their first visit. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const slugs: string[] = [];
  try {
    if (getConfigStatus().kind === "ready") {
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { products, pagination } = await listProducts({ limit: PAGE_SIZE, page });
        slugs.push(...products.map((product) => product.slug));
        if (!pagination.next_page || products.length === 0) break;
      }
    }
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[product] could not list products to prerender: ${error instanceof Error ? error.message : error}`);
  }
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (getConfigStatus().kind !== "ready" || slug === PLACEHOLDER_SLUG) return {};
  const product = await getProduct(slug);
  if (!product) return { title: "Product not found" };

  const url = `${getConfig().siteUrl}/products/${encodeURIComponent(product.slug)}`;
  const description = product.short_description || product.seo?.description || undefined;
  const image = product.images[0];
  const store = await storeInfoOrFallback();
  return {
    title: product.name,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      siteName: store.name,
      url,
      title: product.name,
      description,
      images: image ? [{ url: image.url_zoom || image.url_standard, alt: image.alternate_text || product.name }] : [],
    },
    twitter: { card: image ? "summary_large_image" : "summary" },
  };
}

export default async function ProductPage({ params }: Props) {
  // Not configured: the root layout shows the setup page instead, so fetch nothing.
  if (getConfigStatus().kind !== "ready") return null;
  const { slug } = await params;
  if (slug === PLACEHOLDER_SLUG) notFound();
  const product = await getProduct(slug);
  if (!product) notFound();
  // The API also finds a product by id: send such links to the one canonical (and revalidated) URL.
  if (product.slug !== slug) permanentRedirect(`/products/${encodeURIComponent(product.slug)}`);

  const view = toProductView(product);
  const crumbs: Crumb[] = [
    { name: "Home", href: "/" },
    ...categoryTrail(product).map((category) => ({
      name: category.name,
      href: `/categories/${encodeURIComponent(category.slug)}`,
    })),
    { name: product.name },
  ];

  return (
    <>
      <JsonLd data={productJsonLd(product, view, crumbs, getConfig().siteUrl)} />
      <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6 sm:pt-6 lg:px-8">
        <Breadcrumbs crumbs={crumbs} />

        {/* The options live in the URL's query, which the browser reads: the page is prerendered with none chosen. */}
        <ChosenOptionsProvider>
          <div className="mt-4 grid gap-x-10 gap-y-6 md:mt-6 md:grid-cols-2 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] lg:gap-x-14">
            <div className="min-w-0 md:sticky md:top-24 md:self-start">
              <VariantGallery view={view} galleries={galleriesByImageSet(view, product)} />
            </div>

            <div className="min-w-0 md:pt-2">
              <h1 className="font-display text-[1.875rem] leading-tight font-semibold tracking-tight text-fg sm:text-4xl">
                {product.name}
              </h1>
              {product.reviews_count > 0 ? (
                <div className="mt-2.5 [&_p]:text-sm">
                  <RatingStars
                    rating={product.reviews_rating_sum / product.reviews_count}
                    count={product.reviews_count}
                  />
                </div>
              ) : null}
              {product.short_description ? (
                <p className="mt-4 leading-relaxed text-fg-muted">{product.short_description}</p>
              ) : null}

              <div className="mt-6 border-t border-line pt-6">
                <VariantPurchasePanel view={view} parts={purchasePanelParts(view)} />
              </div>

              <div className="mt-10 space-y-10 border-t border-line pt-8">
                {product.description ? <ProductDescription text={product.description} /> : null}
                <ProductAttributes attributes={product.attributes ?? []} />
              </div>
            </div>
          </div>
        </ChosenOptionsProvider>
      </div>

      {/* Cached like the rest of the page, so it is part of the prerendered HTML (no Suspense, no script needed). */}
      <SimilarProducts productId={product.id} />
    </>
  );
}
