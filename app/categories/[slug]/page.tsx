import type { Metadata } from "next";
import { notFound, unstable_rethrow } from "next/navigation";
import { absoluteUrl } from "@/app/_lib/site-url";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { getConfigStatus } from "@/lib/config";
import { listProducts } from "@/lib/commerce/catalog";
import { findCategory, flattenCategories, getCategoryTree } from "@/lib/commerce/categories";
import { BreadcrumbJsonLd } from "../_components/breadcrumb-json-ld";
import { CategoryHeader } from "../_components/category-header";
import { CategoryProducts } from "../_components/category-products";
import { categoryTrail } from "../_lib/category-trail";
import { DEFAULT_SORT, listingHref, listingQuery } from "../_lib/listing-params";

interface CategoryPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A slug the build did not list is rendered before the response starts, instead of streaming into the
 * route's shell: an unknown category then gets a real 404 status (a streamed not-found can only be a
 * 200 with noindex), and a category added after the build renders on its first visit and is cached.
 */
export const unstable_paramMatching = { slug: "blocking" };

/**
 * The page renders whole rather than behind a route-level loading skeleton (streamed parts need a script to show,
 * and this page must work without one), so a navigation to it waits for its render. Said here, so development does
 * not flag it as a slow navigation.
 */
export const instant = false;

/** The store's categories, known at build time; one added later is found on its first visit. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  // Not configured (the setup page): nothing to list, but Cache Components needs one entry.
  if (getConfigStatus().kind !== "ready") return [{ slug: "setup" }];
  const categories = flattenCategories(await getCategoryTree());
  return categories.length > 0 ? categories.map((category) => ({ slug: category.slug })) : [{ slug: "none" }];
}

/**
 * From the path alone, so the metadata is part of the prerendered <head>. Sorted and later pages are kept out of the
 * index by the middleware's X-Robots-Tag header (see listing-robots).
 */
export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  if (getConfigStatus().kind !== "ready") return {};
  const { slug } = await params;
  const found = await findCategory(slug);
  if (!found) notFound();
  const { category } = found;
  const store = await storeInfoOrFallback();
  const description = category.description?.trim() || `Shop ${category.name} at ${store.name}.`;
  const canonical = absoluteUrl(listingHref(category.slug, { sort: DEFAULT_SORT, page: 1 }));
  const image = await firstProductImage(category.slug);
  return {
    title: category.name,
    description,
    alternates: { canonical },
    openGraph: {
      type: "website",
      title: category.name,
      description,
      url: canonical,
      ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: category.name, description },
  };
}

/**
 * A category: heading, breadcrumbs, subcategories and the products for `?sort=&page=`, rendered whole on each
 * request from cached data. The products are not streamed into a prerendered shell: streamed parts are revealed by
 * a script, at least 300 ms after the first paint (React batches reveals), and the first product images are what a
 * shopper waits for.
 */
export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  // Not configured: the root layout shows the setup page instead.
  if (getConfigStatus().kind !== "ready") return null;
  const { slug } = await params;
  const found = await findCategory(slug);
  if (!found) notFound();
  const trail = categoryTrail(found);
  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 sm:px-6 sm:pt-8 lg:px-8">
      <BreadcrumbJsonLd items={trail.map((crumb) => ({ name: crumb.name, url: absoluteUrl(crumb.href) }))} />
      <CategoryHeader found={found} trail={trail} />
      <CategoryProducts slug={found.category.slug} searchParams={searchParams} />
    </div>
  );
}

/** The first product's image stands for the category when it is shared. Same query as page 1. */
async function firstProductImage(slug: string): Promise<{ url: string; alt: string } | null> {
  try {
    const { products } = await listProducts(listingQuery(slug, { sort: DEFAULT_SORT, page: 1 }));
    const image = products.find((product) => product.images[0])?.images[0];
    return image ? { url: image.url_standard, alt: image.alternate_text || image.title || "" } : null;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
