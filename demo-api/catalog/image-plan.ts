import type { ArtMotif, ArtShape, ColorSeed, ProductSeed } from "./seed/types";
import { slugify } from "./slug";

export type ImageView = "front" | "styled";

/** Every colour is shown twice: a studio front view and a styled shot with props. */
const VIEWS: readonly ImageView[] = ["front", "styled"];

/** What the artwork script needs to draw one image. */
export interface ArtworkSpec {
  shape: ArtShape;
  color: string;
  accent: string;
  motif: ArtMotif;
  view: ImageView;
  /** Varies backdrop and decoration between products; the same key always draws the same picture. */
  key: string;
}

export interface PlannedImage {
  /** File in demo-api/images, e.g. "classic-fleece-hoodie-navy-2.webp". */
  fileName: string;
  /** The colour this image shows, matching a variant's colour; null for simple products. */
  colorName: string | null;
  title: string;
  altText: string;
  artwork: ArtworkSpec;
}

/** The images of a product, in display order: each colour's views together. */
export function planProductImages(seed: ProductSeed): PlannedImage[] {
  if (seed.kind === "simple") return planColorImages(seed, seed.color, null);
  return seed.colors.flatMap((color) => planColorImages(seed, color, color.name));
}

function planColorImages(seed: ProductSeed, color: ColorSeed, colorName: string | null): PlannedImage[] {
  const stem = colorName === null ? seed.slug : `${seed.slug}-${slugify(colorName)}`;
  return VIEWS.map((view, index) => ({
    fileName: `${stem}-${index + 1}.webp`,
    colorName,
    title: colorName === null ? seed.name : `${seed.name} in ${colorName}`,
    altText: `${seed.name}${colorName === null ? "" : ` in ${colorName}`}, ${view === "front" ? "front view" : "styled shot"}`,
    artwork: {
      shape: seed.art.shape,
      color: color.hex,
      accent: seed.art.accent,
      motif: seed.art.motif ?? "plain",
      view,
      key: stem,
    },
  }));
}
