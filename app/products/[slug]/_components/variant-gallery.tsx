"use client";

import { galleryImages } from "../_lib/gallery-images";
import type { ProductView } from "../_lib/product-view";
import { ProductGallery } from "./product-gallery";
import { useChosenOptions } from "./use-chosen-options";

/** The gallery for the options in the URL. A new set of images starts again at the first one. */
export function VariantGallery({ view }: { view: ProductView }) {
  const { selection, variant } = useChosenOptions(view);
  const images = galleryImages(view, selection, variant);
  return <ProductGallery key={images.map((image) => image.id).join()} images={images} productName={view.name} />;
}
