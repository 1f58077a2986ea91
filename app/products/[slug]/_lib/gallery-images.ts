import { matchesSelection, type Selection } from "@/app/_lib/variant-selection";
import type { GalleryImage, ProductView, VariantView } from "./product-view";

/**
 * The images for the current choice: the chosen variant's; with only some options chosen (a colour, say), those of
 * the first variant that has them; otherwise, or when a variant has no images of its own, the product's.
 */
export function galleryImages(view: ProductView, selection: Selection, variant: VariantView | null): GalleryImage[] {
  const source =
    variant && variant.imageIds.length > 0
      ? variant
      : Object.keys(selection).length > 0
        ? view.variants.find((candidate) => candidate.imageIds.length > 0 && matchesSelection(candidate, selection))
        : undefined;
  const ids = source?.imageIds ?? view.imageIds;
  return ids.flatMap((id) => view.imagesById[id] ?? []);
}
