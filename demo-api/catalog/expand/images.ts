import type { ProductImage } from "@commercengine/storefront-sdk";
import type { PlannedImage } from "../image-plan";
import { stableId } from "./ids";

/**
 * The API's image record. The demo has one 1200 × 1200 rendition per image,
 * so every size URL points at it.
 */
export function toProductImage(planned: PlannedImage, sortOrder: number, imageBaseUrl: string): ProductImage {
  const url = `${imageBaseUrl}/${planned.fileName}`;
  return {
    id: stableId("image", planned.fileName),
    title: planned.title,
    alternate_text: planned.altText,
    sort_order: sortOrder,
    url_tiny: url,
    url_thumbnail: url,
    url_standard: url,
    url_zoom: url,
  };
}
