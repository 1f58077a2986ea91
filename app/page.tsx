import Link from "next/link";
import { Suspense } from "react";
import { getConfigStatus } from "@/lib/config";
import { FeaturedProducts } from "./_components/featured-products";
import { HeroArt } from "./_components/hero-art";
import { HeroArtFromProducts } from "./_components/hero-art-from-products";
import { HomeHero } from "./_components/home-hero";
import { ArrowRightIcon } from "./_components/icons";
import { ProductGridSkeleton } from "./_components/product-grid-skeleton";
import { loadFeaturedProducts } from "./_lib/load-featured-products";

export default function HomePage() {
  // Not configured: the root layout shows the setup page instead, so fetch nothing.
  if (getConfigStatus().kind !== "ready") return null;
  // One request feeds both the hero artwork and the grid; each streams in when it resolves.
  const featured = loadFeaturedProducts(8);
  return (
    <>
      <HomeHero
        art={
          <Suspense fallback={<HeroArt images={[]} />}>
            <HeroArtFromProducts featured={featured} />
          </Suspense>
        }
      />
      <section aria-labelledby="featured-heading" className="mx-auto max-w-7xl px-4 pt-14 sm:px-6 sm:pt-20 lg:px-8">
        <div className="mb-6 flex items-end justify-between gap-4 sm:mb-8">
          <div>
            <h2 id="featured-heading" className="font-display text-2xl font-semibold tracking-tight sm:text-3xl">
              Featured
            </h2>
            <p className="mt-1 text-sm text-fg-muted sm:text-base">Fresh picks from across the store.</p>
          </div>
          <Link
            href="/search"
            className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-brand hover:text-brand-hover"
          >
            Shop all
            <ArrowRightIcon className="size-4" />
          </Link>
        </div>
        <Suspense fallback={<ProductGridSkeleton count={8} />}>
          <FeaturedProducts featured={featured} />
        </Suspense>
      </section>
    </>
  );
}
