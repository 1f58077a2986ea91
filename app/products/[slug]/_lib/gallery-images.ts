import { matchesSelection, type Selection } from "@/app/_lib/variant-selection";
import type { ProductView, VariantView } from "./product-view";

/**
 * The images for the current choice: the chosen variant's; with only some options chosen (a colour, say), those of
 * the first variant that has them; otherwise, or when a variant has no images of its own, the product's.
 */
export function galleryImageIds(view: ProductView, selection: Selection, variant: VariantView | null): string[] {
  const source =
    variant && variant.imageIds.length > 0
      ? variant
      : Object.keys(selection).length > 0
        ? view.variants.find((candidate) => candidate.imageIds.length > 0 && matchesSelection(candidate, selection))
        : undefined;
  return source?.imageIds ?? view.imageIds;
}

/** Names a set of images: the gallery drawn for it on the server is found again by this key in the browser. */
export function galleryKey(imageIds: readonly string[]): string {
  return imageIds.join(" ");
}

/** Every set of images the gallery can show (the product's first), once each. */
export function gallerySets(view: ProductView): string[][] {
  const sets = new Map<string, string[]>([[galleryKey(view.imageIds), view.imageIds]]);
  for (const variant of view.variants) {
    if (variant.imageIds.length > 0) sets.set(galleryKey(variant.imageIds), variant.imageIds);
  }
  return [...sets.values()];
}
