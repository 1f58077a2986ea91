import { hash32 } from "../hash";
import { darken, distance, luminance } from "./color";

/** A soft studio backdrop: a gradient from `light` to `mid`, with `deep` for shapes on it. */
export interface Backdrop {
  light: string;
  mid: string;
  deep: string;
}

const BACKDROPS: readonly Backdrop[] = [
  { light: "#F7EFE4", mid: "#EADBC6", deep: "#D8C1A0" }, // sand
  { light: "#F9EDE9", mid: "#F0D5CD", deep: "#E0B4A6" }, // blush
  { light: "#EFF3EB", mid: "#D9E3D2", deep: "#B8CBB0" }, // sage
  { light: "#EEF4F9", mid: "#D6E4EF", deep: "#B1C9DE" }, // sky
  { light: "#F3EFF8", mid: "#E0D7EC", deep: "#C5B6DC" }, // lilac
  { light: "#FBF5E2", mid: "#F1E3B8", deep: "#E3CB85" }, // butter
  { light: "#F6E8DE", mid: "#EACBB7", deep: "#D6A78B" }, // apricot clay
  { light: "#EAF3F1", mid: "#CFE4E0", deep: "#A7CBC4" }, // mint
];

/** Too close in colour and the product disappears into the backdrop. */
const MIN_CONTRAST = 95;

/**
 * Picks two different backdrops (front and styled view) that contrast with the
 * product colour. The choice depends on `key` so neighbouring products differ.
 */
export function pickBackdrops(productColor: string, key: string): [Backdrop, Backdrop] {
  const start = hash32(key) % BACKDROPS.length;
  const rotated = [...BACKDROPS.slice(start), ...BACKDROPS.slice(0, start)];
  // Pale products need a deeper backdrop to stand out from it.
  const adjusted = luminance(productColor) > 0.62 ? rotated.map(deepen) : rotated;
  const contrasting = adjusted.filter((backdrop) => distance(backdrop.deep, productColor) >= MIN_CONTRAST);
  const [front, styled] = contrasting.length >= 2 ? contrasting : adjusted;
  if (!front || !styled) throw new Error("At least two backdrops are needed");
  return [front, styled];
}

function deepen(backdrop: Backdrop): Backdrop {
  return { light: backdrop.mid, mid: backdrop.deep, deep: darken(backdrop.deep, 0.14) };
}
