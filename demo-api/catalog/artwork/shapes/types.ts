import type { Paint } from "../paint";

/** Where "standing" shapes touch the ground, in the artwork box's coordinates. */
export const STANDING_BASE_Y = 510;

export interface ShapeDefinition {
  /** Draws the product inside a 600 × 600 box, roughly centred on (300, 300). */
  draw(paint: Paint): string;
  /** "flat" items are shown laid flat and floating; "standing" ones sit on a surface. */
  stance: "flat" | "standing";
  /** Whether the styled view shows two of them (a pair of shoes). */
  pairedInStyledView: boolean;
  /** Enlarges small objects (a mug, a candle) so they fill the frame like a hoodie does. */
  zoom: number;
}
