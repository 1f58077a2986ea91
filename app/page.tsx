import type { Product } from "@commercengine/storefront-sdk";
import { Suspense } from "react";
import { getConfigStatus } from "@/lib/config";
import { HeroArt } from "./_components/hero-art";
import { HeroArtFromProducts } from "./_components/hero-art-from-products";
import { HomeCategories, HomeCategoriesSkeleton } from "./_components/home-categories";
import { HomeHero } from "./_components/home-hero";
import { HomeJsonLd } from "./_components/home-json-ld";
import { HomeProductSection } from "./_components/home-product-section";
import { HomeSectionHeadingSkeleton } from "./_components/home-section-heading";
import { ProductGridSkeleton } from "./_components/product-grid-skeleton";
import { loadFeaturedProducts } from "./_lib/load-featured-products";
import { biggestDiscount, pickNewArrivals, pickOnSale } from "./_lib/pick-home-products";

export default function HomePage() {
  // Not configured: the root layout shows the setup page instead, so fetch nothing.
  if (getConfigStatus().kind !== "ready") return null;
  // One cached request feeds the hero artwork, the category tiles and both grids.
  const featured = loadFeaturedProducts();
  const newArrivals = featured.then((result) => (result.ok ? pickNewArrivals(result.products) : null));
  const onSale = featured.then((result) => (result.ok ? pickOnSale(result.products) : null));
  return (
    <>
      <HomeJsonLd />
      <HomeHero
        art={
          <Suspense fallback={<HeroArt images={[]} />}>
            <HeroArtFromProducts featured={featured} />
          </Suspense>
        }
      />
      <Suspense fallback={<HomeCategoriesSkeleton />}>
        <HomeCategories featured={featured} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton />}>
        <HomeProductSection
          id="new-arrivals"
          title="New arrivals"
          subtitle="Just landed: fresh styles and small-batch pieces."
          link={{ href: "/search", label: "Shop all" }}
          products={newArrivals}
          noticeOnError
        />
      </Suspense>
      <Suspense fallback={<SectionSkeleton />}>
        <HomeProductSection
          id="on-sale"
          title="On sale"
          subtitle="Favourites at their best prices, while stocks last."
          badge={discountBadge}
          products={onSale}
          tone="band"
        />
      </Suspense>
    </>
  );
}

function discountBadge(products: Product[]): string | null {
  const discount = biggestDiscount(products);
  return discount ? `Up to ${discount}% off` : null;
}

function SectionSkeleton() {
  return (
    <div aria-hidden="true" className="mx-auto max-w-7xl px-4 pt-14 sm:px-6 sm:pt-20 lg:px-8">
      <HomeSectionHeadingSkeleton />
      <ProductGridSkeleton count={4} />
    </div>
  );
}
