import { seededRandom } from "../hash";
import { fillPath, type Paint } from "./paint";

/** Pattern definition (id "motif") for all-over motifs; empty for the rest. */
export function motifDefs(paint: Paint): string {
  const tile = (size: number, content: string) =>
    `<pattern id="motif" width="${size}" height="${size}" patternUnits="userSpaceOnUse">${content}</pattern>`;
  switch (paint.motif) {
    case "block-print":
      return tile(
        84,
        `<g fill="${paint.accent}" opacity="0.85">${blockFlower(21, 21, 13)}${blockFlower(63, 63, 13)}</g>` +
          `<circle cx="63" cy="21" r="3.5" fill="${paint.accent}" opacity="0.7"/><circle cx="21" cy="63" r="3.5" fill="${paint.accent}" opacity="0.7"/>`,
      );
    case "stripes":
      return tile(56, `<rect y="20" width="56" height="16" fill="${paint.accent}" opacity="0.9"/>`);
    case "checks":
      return tile(
        72,
        `<rect width="72" height="36" fill="${paint.accent}" opacity="0.35"/><rect width="36" height="72" fill="${paint.accent}" opacity="0.35"/>`,
      );
    case "speckle": {
      const random = seededRandom(`speckle-${paint.base}`);
      const dots = Array.from({ length: 14 }, () => {
        const r = (1.6 + random() * 2.4).toFixed(1);
        return `<circle cx="${(random() * 120).toFixed(1)}" cy="${(random() * 120).toFixed(1)}" r="${r}"/>`;
      }).join("");
      return tile(120, `<g fill="${paint.deep}" opacity="0.55">${dots}</g>`);
    }
    case "clouds":
    case "plain":
      return "";
  }
}

/** The all-over motif painted inside a silhouette (nothing for plain or placement motifs). */
export function motifOverlay(d: string, paint: Paint): string {
  if (paint.motif === "plain" || paint.motif === "clouds") return "";
  return fillPath(d, "url(#motif)");
}

/** A chest graphic centred on (x, y); only the "clouds" motif has one. */
export function placementPrint(paint: Paint, x: number, y: number, scale = 1): string {
  if (paint.motif !== "clouds") return "";
  const cloud = (cx: number, cy: number, s: number) =>
    `<g transform="translate(${cx} ${cy}) scale(${s})"><path d="M-46 14 C-62 14 -64 -8 -48 -12 C-48 -34 -20 -40 -10 -24 C-2 -44 34 -40 34 -14 C52 -14 56 14 36 14 Z"/></g>`;
  const drops = [
    [-30, 34],
    [-4, 46],
    [22, 34],
    [-18, 62],
    [10, 70],
  ]
    .map(([dx, dy]) => `<path d="M${dx} ${dy} c6 9 6 14 0 14 c-6 0 -6 -5 0 -14 Z"/>`)
    .join("");
  return `<g transform="translate(${x} ${y}) scale(${scale})" fill="${paint.accent}">${cloud(14, -6, 0.75)}${cloud(-14, 8, 1)}<g opacity="0.85">${drops}</g></g>`;
}

function blockFlower(cx: number, cy: number, r: number): string {
  const petals = Array.from({ length: 6 }, (_, i) => {
    const angle = (i * Math.PI) / 3;
    return `<circle cx="${(cx + Math.cos(angle) * r * 0.62).toFixed(1)}" cy="${(cy + Math.sin(angle) * r * 0.62).toFixed(1)}" r="${(r * 0.42).toFixed(1)}"/>`;
  }).join("");
  return `${petals}<circle cx="${cx}" cy="${cy}" r="${(r * 0.3).toFixed(1)}" fill="#FFFFFF" opacity="0.6"/>`;
}
