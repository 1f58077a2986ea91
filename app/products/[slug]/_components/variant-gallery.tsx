"use client";

import { Fragment, type ReactNode } from "react";
import { galleryImageIds, galleryKey } from "../_lib/gallery-images";
import type { ProductView } from "../_lib/product-view";
import { GalleryControls } from "./gallery-controls";
import { useChosenOptions } from "./use-chosen-options";

/**
 * The gallery for the options in the URL, picked from those the server drew for each set of images (`galleries`,
 * by galleryKey). A new set of images is a new gallery: it starts again at its first image.
 */
export function VariantGallery({ view, galleries }: { view: ProductView; galleries: Record<string, ReactNode> }) {
  const { selection, variant } = useChosenOptions(view);
  const key = galleryKey(galleryImageIds(view, selection, variant));
  return (
    <GalleryControls>
      <Fragment key={key}>{galleries[key]}</Fragment>
    </GalleryControls>
  );
}
