import type { ArtMotif } from "../seed/types";
import { darken, lighten, luminance, mix } from "./color";

/** The colours a shape is drawn with, all derived from the product's colour and accent. */
export interface Paint {
  base: string;
  /** Folds and shadowed faces. */
  shade: string;
  /** Insides (neck openings, mug interiors). */
  deep: string;
  /** Lit faces and rims. */
  light: string;
  /** Seams and stitching, visible on both light and dark fabrics. */
  seam: string;
  accent: string;
  accentShade: string;
  accentLight: string;
  motif: ArtMotif;
}

export function makePaint(base: string, accent: string, motif: ArtMotif): Paint {
  const isLight = luminance(base) > 0.6;
  return {
    base,
    shade: darken(base, isLight ? 0.1 : 0.2),
    deep: darken(base, isLight ? 0.28 : 0.42),
    light: lighten(base, isLight ? 0.5 : 0.18),
    seam: isLight ? darken(base, 0.22) : mix(base, "#FFFFFF", 0.28),
    accent,
    accentShade: darken(accent, 0.18),
    accentLight: lighten(accent, 0.3),
    motif,
  };
}

/** Paints a path; `extra` is raw attribute text such as `opacity="0.5"`. */
export function fillPath(d: string, fill: string, extra = ""): string {
  return `<path d="${d}" fill="${fill}" ${extra}/>`;
}

/** A stroked open path with round ends. */
export function strokePath(d: string, stroke: string, width: number, extra = ""): string {
  return `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" ${extra}/>`;
}

/** A dashed stitch line. */
export function stitch(d: string, paint: Paint, width = 3): string {
  return strokePath(d, paint.seam, width, `stroke-dasharray="9 8" opacity="0.8"`);
}

/**
 * A silhouette with softened corners (a same-colour stroke rounds the joins)
 * and the scene's shared light-to-shadow overlay for a sense of volume.
 */
export function body(d: string, fill: string, volume: "side" | "top" | "none" = "side"): string {
  const overlay = volume === "none" ? "" : fillPath(d, `url(#volume-${volume})`);
  return `${fillPath(d, fill, `stroke="${fill}" stroke-width="10" stroke-linejoin="round"`)}${overlay}`;
}

/** Draws `content` again mirrored around the artwork's vertical centre line (x = 300). */
export function mirrored(content: string): string {
  return `${content}<g transform="matrix(-1 0 0 1 600 0)">${content}</g>`;
}
