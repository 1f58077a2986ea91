import { seededRandom } from "../hash";
import type { ArtworkSpec } from "../image-plan";
import { pickBackdrops, type Backdrop } from "./backdrops";
import { darken, lighten, mix } from "./color";
import { motifDefs } from "./motifs";
import { makePaint } from "./paint";
import { bookStack, hangTag, leafSprig, pebbles, pottedPlant } from "./props";
import { SHAPES } from "./shapes";
import { type ShapeDefinition, STANDING_BASE_Y } from "./shapes/types";

const ARTWORK_SIZE = 1200;

/** The complete SVG document for one product image. */
export function drawArtwork(spec: ArtworkSpec): string {
  const shape = SHAPES[spec.shape];
  const paint = makePaint(spec.color, spec.accent, spec.motif);
  const [frontBackdrop, styledBackdrop] = pickBackdrops(spec.color, spec.key);
  const random = seededRandom(`${spec.key}-${spec.view}`);
  const backdrop = spec.view === "front" ? frontBackdrop : styledBackdrop;

  const defs = [sharedDefs(backdrop), `<g id="product">${shape.draw(paint)}</g>`, motifDefs(paint)].join("");

  const scene = spec.view === "front" ? frontScene(shape, backdrop, random) : styledScene(shape, backdrop, random);

  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${ARTWORK_SIZE}" height="${ARTWORK_SIZE}" viewBox="0 0 ${ARTWORK_SIZE} ${ARTWORK_SIZE}"><defs>${defs}</defs>${scene}</svg>`;
}

function sharedDefs(backdrop: Backdrop): string {
  const tableTop = mix(backdrop.deep, "#B48A62", 0.6);
  return (
    `<linearGradient id="backdrop" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${backdrop.light}"/><stop offset="1" stop-color="${backdrop.mid}"/></linearGradient>` +
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${backdrop.light}"/><stop offset="1" stop-color="${backdrop.mid}"/></linearGradient>` +
    `<linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${tableTop}"/><stop offset="1" stop-color="${darken(tableTop, 0.12)}"/></linearGradient>` +
    `<linearGradient id="volume-side" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#FFFFFF" stop-opacity="0.2"/><stop offset="0.35" stop-color="#FFFFFF" stop-opacity="0"/><stop offset="0.7" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.16"/></linearGradient>` +
    `<linearGradient id="volume-top" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#FFFFFF" stop-opacity="0.22"/><stop offset="0.5" stop-color="#FFFFFF" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.16"/></linearGradient>` +
    `<filter id="drop-shadow" x="-20%" y="-20%" width="140%" height="140%"><feColorMatrix type="matrix" values="0 0 0 0 0.12 0 0 0 0 0.09 0 0 0 0 0.06 0 0 0 0.3 0"/><feGaussianBlur stdDeviation="10"/></filter>` +
    `<filter id="soft-blur" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="18"/></filter>`
  );
}

/** The centre y at which a standing shape drawn at `scale` touches the ground at `groundY`. */
function standingCentreY(groundY: number, scale: number): number {
  return groundY - (STANDING_BASE_Y - 300) * scale;
}

/** The product group scaled about the artwork box, with a blurred copy as its shadow. */
function placedProduct(x: number, y: number, scale: number, rotate: number, shadowOffset: [number, number]): string {
  const transform = `translate(${x} ${y}) rotate(${rotate}) scale(${scale}) translate(-300 -300)`;
  const [dx, dy] = shadowOffset;
  return (
    `<g transform="translate(${dx} ${dy})"><g transform="${transform}"><use href="#product" xlink:href="#product" filter="url(#drop-shadow)"/></g></g>` +
    `<g transform="${transform}"><use href="#product" xlink:href="#product"/></g>`
  );
}

function contactShadow(x: number, y: number, width: number): string {
  return `<ellipse cx="${x}" cy="${y}" rx="${width / 2}" ry="${width / 14}" fill="#2A2018" opacity="0.28" filter="url(#soft-blur)"/>`;
}

function frontScene(shape: ShapeDefinition, backdrop: Backdrop, random: () => number): string {
  const parts = [`<rect width="1200" height="1200" fill="url(#backdrop)"/>`, decorations(backdrop, random)];
  if (shape.stance === "flat") {
    parts.push(`<circle cx="600" cy="600" r="440" fill="${backdrop.deep}" opacity="0.32"/>`);
    parts.push(placedProduct(600, 600, 1.62 * shape.zoom, 0, [16, 26]));
  } else {
    // A round plinth for the product to stand on, like a studio shot.
    const scale = 1.5 * shape.zoom;
    parts.push(`<circle cx="600" cy="540" r="400" fill="${backdrop.deep}" opacity="0.28"/>`);
    parts.push(`<rect x="250" y="970" width="700" height="260" fill="${darken(backdrop.mid, 0.06)}"/>`);
    parts.push(`<ellipse cx="600" cy="970" rx="350" ry="54" fill="${lighten(backdrop.light, 0.3)}"/>`);
    parts.push(contactShadow(600, 976, 560));
    parts.push(placedProduct(600, standingCentreY(974, scale), scale, 0, [0, 0]));
  }
  return parts.join("");
}

function styledScene(shape: ShapeDefinition, backdrop: Backdrop, random: () => number): string {
  return shape.stance === "flat" ? flatLayScene(shape, backdrop, random) : tabletopScene(shape, backdrop, random);
}

/** A flat lay: the product tilted on a backdrop with a sprig, a swing tag and pebbles. */
function flatLayScene(shape: ShapeDefinition, backdrop: Backdrop, random: () => number): string {
  const tilt = random() < 0.5 ? -9 : 8;
  const sprigOnRight = tilt < 0;
  return [
    `<rect width="1200" height="1200" fill="url(#backdrop)"/>`,
    `<path d="M${sprigOnRight ? 0 : 1200} 1200 L${sprigOnRight ? 0 : 1200} 380 A520 520 0 0 ${sprigOnRight ? 1 : 0} ${sprigOnRight ? 620 : 580} 1200 Z" fill="${backdrop.deep}" opacity="0.4"/>`,
    leafSprig(sprigOnRight ? 1080 : 120, 1240, 1.5, sprigOnRight ? -28 : 28),
    pebbles(sprigOnRight ? 120 : 1000, 1080, 1.2, backdrop.deep),
    placedProduct(620, 630, 1.42 * shape.zoom, tilt, [18, 28]),
    hangTag(sprigOnRight ? 170 : 1010, 170, 1.3, sprigOnRight ? -18 : 200),
  ].join("");
}

/** A tabletop shot: wall, table edge, the product (or a pair) and a plant or books beside it. */
function tabletopScene(shape: ShapeDefinition, backdrop: Backdrop, random: () => number): string {
  const plantOnRight = random() < 0.5;
  const archX = plantOnRight ? 140 : 560;
  const parts = [
    `<rect width="1200" height="1200" fill="url(#wall)"/>`,
    `<path d="M${archX} 820 L${archX} 260 A250 250 0 0 1 ${archX + 500} 260 L${archX + 500} 820 Z" fill="${lighten(backdrop.light, 0.45)}" opacity="0.8"/>`,
    `<rect y="820" width="1200" height="380" fill="url(#table)"/>`,
    `<rect y="820" width="1200" height="8" fill="#FFFFFF" opacity="0.25"/>`,
    plantOnRight ? pottedPlant(1010, 900, 1.25) : bookStack(190, 930, 1.3),
  ];
  const productX = (plantOnRight ? 520 : 700) + (shape.pairedInStyledView ? 60 : 0);
  const scale = 1.4 * shape.zoom;
  if (shape.pairedInStyledView) {
    // The partner shoe stands further back: higher up, smaller and offset so both read as a pair.
    const pairScale = scale * 0.86;
    parts.push(contactShadow(productX - 150, 900, 460));
    parts.push(placedProduct(productX - 150, standingCentreY(900, pairScale), pairScale, 0, [0, 0]));
  }
  parts.push(contactShadow(productX, 1014, 560));
  parts.push(placedProduct(productX, standingCentreY(1014, scale), scale, 0, [0, 0]));
  return parts.join("");
}

/** A ring and a few dots, scattered differently for every image. */
function decorations(backdrop: Backdrop, random: () => number): string {
  const corner = Math.floor(random() * 4);
  const ringX = corner % 2 === 0 ? 150 + random() * 80 : 970 - random() * 80;
  const ringY = corner < 2 ? 150 + random() * 80 : 1000 - random() * 60;
  const dots = Array.from({ length: 6 }, () => {
    const x = 80 + random() * 1040;
    const y = 80 + random() * 1040;
    const nearCentre = Math.hypot(x - 600, y - 600) < 470;
    if (nearCentre) return "";
    return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(6 + random() * 10).toFixed(0)}" fill="${random() < 0.5 ? backdrop.deep : lighten(backdrop.light, 0.5)}"/>`;
  }).join("");
  return (
    `<circle cx="${ringX.toFixed(0)}" cy="${ringY.toFixed(0)}" r="${(70 + random() * 50).toFixed(0)}" fill="none" stroke="${backdrop.deep}" stroke-width="4" opacity="0.7"/>` +
    dots
  );
}
