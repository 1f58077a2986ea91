import type { ArtShape } from "../../seed/types";
import { ACCESSORY_SHAPES } from "./accessories";
import { APPAREL_SHAPES } from "./apparel";
import { FOOTWEAR_SHAPES } from "./footwear";
import { HOME_SHAPES } from "./home";
import type { ShapeDefinition } from "./types";

export const SHAPES: Record<ArtShape, ShapeDefinition> = {
  ...APPAREL_SHAPES,
  ...FOOTWEAR_SHAPES,
  ...HOME_SHAPES,
  ...ACCESSORY_SHAPES,
};
