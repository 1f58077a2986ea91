import type { FeaturedProductsResult } from "@/app/_lib/load-featured-products";
import { primaryCategory } from "@/app/_lib/primary-category";
import { HeroArt, type HeroArtImage } from "./hero-art";

/** Picks three product images for the hero, preferring different categories for variety. */
export async function HeroArtFromProducts({ featured }: { featured: Promise<FeaturedProductsResult> }) {
  const result = await featured;
  const withImages = result.ok ? result.products.filter((product) => product.images[0]) : [];
  const seenCategories = new Set<string>();
  const varied = withImages.filter((product) => {
    const category = primaryCategory(product)?.id ?? product.id;
    if (seenCategories.has(category)) return false;
    seenCategories.add(category);
    return true;
  });
  const picks = [...varied, ...withImages.filter((product) => !varied.includes(product))].slice(0, 3);
  // The tallest arch is in the middle: give it the first pick.
  const ordered = [picks[1], picks[0], picks[2]].filter((product) => product !== undefined);
  const images: HeroArtImage[] = ordered.flatMap((product) => {
    const url = product.images[0]?.url_standard;
    return url ? [{ url }] : [];
  });
  return <HeroArt images={images} />;
}
