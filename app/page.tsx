import type { Product } from "@commercengine/storefront-sdk";
import { getConfigStatus } from "@/lib/config";
import { HeroArtFromProducts } from "./_components/hero-art-from-products";
import { HomeCategories } from "./_components/home-categories";
import { HomeHero } from "./_components/home-hero";
import { HomeJsonLd } from "./_components/home-json-ld";
import { HomeProductSection } from "./_components/home-product-section";
import { loadFeaturedProducts } from "./_lib/load-featured-products";
import { biggestDiscount, pickNewArrivals, pickOnSale } from "./_lib/pick-home-products";

export default function HomePage() {
  // Not configured: the root layout shows the setup page instead, so fetch nothing.
  if (getConfigStatus().kind !== "ready") return null;
  // One cached request feeds the hero artwork, the category tiles and both grids. They render straight into the
  // prerendered page, not behind Suspense: streamed parts need a script to appear, and these must not.
  const featured = loadFeaturedProducts();
  const newArrivals = featured.then((result) => (result.ok ? pickNewArrivals(result.products) : null));
  const onSale = featured.then((result) => (result.ok ? pickOnSale(result.products) : null));
  return (
    <>
      <HomeJsonLd />
      <HomeHero art={<HeroArtFromProducts featured={featured} />} />
      <HomeCategories featured={featured} />
      <HomeProductSection
        id="new-arrivals"
        title="New arrivals"
        subtitle="Just landed: fresh styles and small-batch pieces."
        link={{ href: "/search", label: "Shop all" }}
        products={newArrivals}
        noticeOnError
      />
      <HomeProductSection
        id="on-sale"
        title="On sale"
        subtitle="Favourites at their best prices, while stocks last."
        badge={discountBadge}
        products={onSale}
        tone="band"
      />
    </>
  );
}

function discountBadge(products: Product[]): string | null {
  const discount = biggestDiscount(products);
  return discount ? `Up to ${discount}% off` : null;
}
