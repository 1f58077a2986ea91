import { lighten } from "../color";
import { body, fillPath, type Paint, strokePath } from "../paint";
import type { ShapeDefinition } from "./types";

/** Short lace bars rising from the eyestay towards the throat. */
function laces(p: Paint, points: [number, number][]): string {
  const bars = points.map(([x, y]) => `M${x} ${y} L${x - 16} ${y - 24}`).join(" ");
  return strokePath(bars, lighten(p.light, 0.6), 9);
}

/** A leather court sneaker, side view, toe to the right; the accent is the cupsole. */
function drawCourtSneaker(p: Paint): string {
  const upper =
    "M60 450 C52 400 56 350 72 318 C78 306 90 300 104 302 L150 312 C190 322 220 336 250 332 C262 330 272 322 280 312 L300 290 C312 282 328 282 338 290 C380 316 430 350 480 372 C530 392 566 410 572 440 L572 450 Z";
  const sole = "M50 444 L566 444 C576 444 582 456 580 470 C576 494 556 510 528 510 L88 510 C66 510 52 498 50 478 Z";
  const perforations = [0, 1, 2]
    .flatMap((col) => [0, 1].map((row) => [506 + col * 16 - row * 8, 408 + row * 14]))
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="${p.deep}" opacity="0.45"/>`)
    .join("");
  return [
    body("M262 336 L286 276 C292 262 314 258 326 268 L350 300 Z", p.light, "top"),
    body(upper, p.base, "top"),
    strokePath("M100 306 L150 316 C190 326 220 338 250 334 C262 332 272 324 278 316", p.deep, 10),
    fillPath(
      "M284 312 L300 292 C312 284 328 284 338 292 C380 318 430 350 474 368 L462 390 C418 372 372 344 332 318 C322 312 312 314 304 322 Z",
      p.shade,
    ),
    laces(p, [
      [322, 312],
      [358, 334],
      [394, 354],
      [430, 372],
    ]),
    strokePath("M476 372 C466 400 468 428 480 446", p.shade, 4),
    perforations,
    strokePath("M124 446 C150 400 210 372 300 362", p.shade, 4),
    fillPath("M60 450 C52 400 56 350 72 318 C78 306 90 300 104 302 C94 350 96 410 110 450 Z", p.accent),
    body(sole, p.accent, "none"),
    fillPath(
      "M52 488 L578 488 C572 500 554 510 528 510 L88 510 C70 510 58 502 52 488 Z",
      p.accentShade,
      `opacity="0.5"`,
    ),
    strokePath("M72 460 L560 460", p.accentShade, 3, `stroke-dasharray="8 7"`),
  ].join("");
}

/** A vulcanised canvas low-top with a rubber toe cap; the accent is the rubber. */
function drawCanvasSneaker(p: Paint): string {
  const upper =
    "M64 466 C56 420 60 376 76 346 C82 334 94 330 106 332 L150 342 C190 352 220 364 250 360 C262 358 272 350 280 342 L302 320 C314 312 330 312 340 320 C384 346 432 378 482 396 C530 414 560 432 566 458 L566 466 Z";
  const eyelets = Array.from({ length: 5 }, (_, i) => {
    const x = 306 + i * 34;
    const y = 338 + i * 19;
    return `<circle cx="${x}" cy="${y}" r="6" fill="${lighten(p.accent, 0.4)}" stroke="${p.deep}" stroke-width="2"/>`;
  }).join("");
  return [
    body("M258 364 L286 304 C292 292 314 290 324 300 L350 336 Z", p.light, "top"),
    body(upper, p.base, "top"),
    strokePath("M102 336 L150 346 C190 356 220 366 250 362 C262 360 272 352 278 344", p.deep, 10),
    laces(p, [
      [330, 344],
      [364, 363],
      [398, 382],
      [432, 401],
    ]),
    eyelets,
    body("M482 396 C530 414 560 432 566 458 L566 466 L486 466 C472 446 470 418 482 396 Z", p.accent, "none"),
    body(
      "M56 462 L560 462 C572 462 578 474 574 486 C570 500 554 510 532 510 L88 510 C68 510 56 500 54 484 Z",
      p.accent,
      "none",
    ),
    strokePath("M70 482 L560 482", p.base, 6),
  ].join("");
}

const FOOTBED =
  "M0 -215 C58 -215 88 -170 88 -100 C88 -40 72 0 70 60 C68 140 56 215 0 215 C-56 215 -68 140 -70 60 C-72 0 -88 -40 -88 -100 C-88 -170 -58 -215 0 -215 Z";
const STRAP = "M-104 -156 C-60 -176 60 -176 104 -156 L110 -36 C62 -18 -62 -18 -110 -36 Z";

/** One slide seen from above; `mirror` turns a left foot into a right one. */
function slide(p: Paint, x: number, y: number, rotate: number, mirror: boolean): string {
  const grips = [-40, -10, 20, 50]
    .map((dx, i) => `<circle cx="${dx}" cy="${-196 + (i % 2) * 8}" r="4" fill="${p.accentShade}" opacity="0.6"/>`)
    .join("");
  return (
    `<g transform="translate(${x} ${y}) rotate(${rotate}) scale(${mirror ? -1 : 1} 1)">` +
    `<g transform="translate(6 10) scale(1.03)">${fillPath(FOOTBED, p.deep)}</g>` +
    body(FOOTBED, p.accent, "top") +
    strokePath("M0 110 C-20 140 -22 170 0 196", p.accentShade, 3, `opacity="0.35"`) +
    grips +
    body(STRAP, p.base, "top") +
    `<rect x="-40" y="-108" width="80" height="26" rx="13" fill="${p.light}" opacity="0.35"/>` +
    `</g>`
  );
}

function drawSlides(p: Paint): string {
  return slide(p, 196, 290, -7, false) + slide(p, 404, 310, 7, true);
}

export const FOOTWEAR_SHAPES = {
  sneaker: { draw: drawCourtSneaker, stance: "standing", pairedInStyledView: true, zoom: 1 },
  "canvas-sneaker": { draw: drawCanvasSneaker, stance: "standing", pairedInStyledView: true, zoom: 1 },
  slides: { draw: drawSlides, stance: "flat", pairedInStyledView: false, zoom: 1 },
} satisfies Record<string, ShapeDefinition>;
