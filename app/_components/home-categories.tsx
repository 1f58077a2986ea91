import type { Product } from "@commercengine/storefront-sdk";
import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import type { ReactNode } from "react";
import { unstable_rethrow } from "next/navigation";
import type { FeaturedProductsResult } from "@/app/_lib/load-featured-products";
import { categoryHref } from "@/app/_lib/nav-links";
import { pickCategoryProduct } from "@/app/_lib/pick-home-products";
import { listProducts } from "@/lib/commerce/catalog";
import { getCategoryTree, type CategoryNode } from "@/lib/commerce/categories";
import { HomeSectionHeading } from "./home-section-heading";
import { ArrowRightIcon } from "./icons";
import { StoreImage } from "./store-image";

/** Tiles are 2 across on phones and 4 from tablets up, capped by max-w-7xl. */
const TILE_IMAGE_SIZES = "(min-width: 1280px) 296px, (min-width: 768px) 24vw, 48vw";

/** "Shop by category": a picture tile per top-level category. Nothing when the categories cannot load. */
export async function HomeCategories({ featured }: { featured: Promise<FeaturedProductsResult> }) {
  let categories: CategoryNode[];
  try {
    categories = await getCategoryTree();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
  if (categories.length === 0) return null;
  const result = await featured;
  const products = result.ok ? result.products : [];
  const tiles = await Promise.all(
    categories.map(async (category) => ({
      category,
      product: pickCategoryProduct(products, category.id) ?? (await firstProductIn(category.slug)),
    })),
  );

  return (
    <HomeCategoriesFrame>
      <ul role="list" className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-4 lg:gap-6">
        {tiles.map(({ category, product }) => {
          const image = product?.images[0];
          return (
            <li key={category.id}>
              <Link
                href={categoryHref(category.slug)}
                className="group relative isolate flex aspect-[4/5] flex-col justify-end overflow-hidden rounded-card bg-clay-100 p-4 shadow-card sm:p-5 dark:bg-clay-900"
              >
                {image ? (
                  <StoreImage
                    src={image.url_standard}
                    alt=""
                    fill
                    sizes={TILE_IMAGE_SIZES}
                    loading="lazy"
                    className="-z-10 object-cover transition-transform duration-500 ease-out group-hover:scale-[1.04]"
                  />
                ) : null}
                <div
                  aria-hidden="true"
                  className="absolute inset-0 -z-10 bg-gradient-to-t from-black/70 via-black/15 to-transparent"
                />
                <span className="font-display text-xl leading-tight font-semibold text-white sm:text-2xl">
                  {category.name}
                </span>
                <span className="mt-1 flex items-center gap-1 text-xs font-medium text-white/85 sm:text-sm">
                  {category.product_count > 0
                    ? `${category.product_count} ${category.product_count === 1 ? "product" : "products"}`
                    : "Explore"}
                  <ArrowRightIcon className="size-4 transition-transform group-hover:translate-x-0.5" />
                </span>
                <LinkPendingMarker />
              </Link>
            </li>
          );
        })}
      </ul>
    </HomeCategoriesFrame>
  );
}

function HomeCategoriesFrame({ children }: { children: ReactNode }) {
  return (
    <section
      id="categories"
      aria-labelledby="categories-heading"
      className="mx-auto max-w-7xl scroll-mt-24 px-4 pt-14 sm:px-6 sm:pt-20 lg:px-8"
    >
      <HomeSectionHeading
        id="categories-heading"
        title="Shop by category"
        subtitle="Find your way around the store."
        link={{ href: "/search", label: "Shop all" }}
      />
      {children}
    </section>
  );
}

/** A category with no product among the home page's: ask for its first one. */
async function firstProductIn(slug: string): Promise<Product | null> {
  try {
    const { products } = await listProducts({ categorySlug: slug, limit: 1 });
    return products[0] ?? null;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
