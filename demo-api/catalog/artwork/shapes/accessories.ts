import { darken } from "../color";
import { sunriseMark } from "../sunrise-mark";
import { motifOverlay } from "../motifs";
import { body, fillPath, mirrored, type Paint, stitch, strokePath } from "../paint";
import type { ShapeDefinition } from "./types";

const TOTE = "M150 250 L450 250 L470 520 L130 520 Z";

/** A canvas tote; the accent is the printed mark. */
function drawTote(p: Paint): string {
  return [
    strokePath("M232 252 C232 120 368 120 368 252", p.shade, 22),
    body(TOTE, p.base),
    motifOverlay(TOTE, p),
    stitch("M156 280 L444 280", p),
    strokePath("M212 258 C212 104 388 104 388 258", p.base, 24),
    strokePath("M212 258 C212 104 388 104 388 258", p.shade, 3, `opacity="0.5" transform="translate(0 8)"`),
    mirrored(
      `<rect x="196" y="250" width="32" height="52" rx="4" fill="${p.base}" stroke="${p.seam}" stroke-width="3" stroke-dasharray="7 6"/>`,
    ),
    sunriseMark(p.accent, 300, 430, 1),
  ].join("");
}

/** A woven jute shopper with leather handles; the accent is the leather. */
function drawMarketBag(p: Paint): string {
  const rows = Array.from(
    { length: 9 },
    (_, i) => `M${148 - i * 2} ${284 + i * 26} L${452 + i * 2} ${284 + i * 26}`,
  ).join(" ");
  const columns = Array.from({ length: 11 }, (_, i) => {
    const top = 160 + i * 28;
    const bottom = 140 + i * 32;
    return `M${top} 252 L${bottom} 518`;
  }).join(" ");
  return [
    strokePath("M236 252 C236 130 364 130 364 252", p.accentShade, 20),
    body(TOTE, p.base),
    strokePath(rows, p.shade, 4, `opacity="0.55"`),
    strokePath(columns, p.shade, 3, `opacity="0.35"`),
    fillPath("M150 250 L450 250 L452 282 L148 282 Z", p.shade, `opacity="0.6"`),
    strokePath("M214 262 C214 108 386 108 386 262", p.accent, 22),
    mirrored(
      `<circle cx="214" cy="268" r="8" fill="${darken(p.accent, 0.35)}"/><circle cx="214" cy="300" r="8" fill="${darken(p.accent, 0.35)}"/>`,
    ),
    mirrored(`<rect x="200" y="252" width="28" height="62" rx="6" fill="${p.accent}"/>`),
    mirrored(
      `<circle cx="214" cy="268" r="5" fill="${p.accentLight}"/><circle cx="214" cy="298" r="5" fill="${p.accentLight}"/>`,
    ),
  ].join("");
}

/** A roll-top backpack; the accent is the webbing strap. */
function drawBackpack(p: Paint): string {
  const pack =
    "M180 200 C180 170 200 150 230 150 L370 150 C400 150 420 170 420 200 L430 480 C430 498 416 510 398 510 L202 510 C184 510 170 498 170 480 Z";
  const pocket =
    "M200 330 L400 330 C410 330 416 336 416 346 L418 470 C418 484 408 494 394 494 L206 494 C192 494 182 484 182 470 L184 346 C184 336 190 330 200 330 Z";
  return [
    mirrored(strokePath("M190 176 C146 250 146 400 178 470", p.deep, 26)),
    strokePath("M270 112 C270 76 330 76 330 112", p.accent, 12),
    body(pack, p.base),
    body(
      "M190 104 L410 104 C418 104 424 110 424 118 L424 168 L176 168 L176 118 C176 110 182 104 190 104 Z",
      p.shade,
      "top",
    ),
    strokePath("M182 126 L418 126 M182 148 L418 148", p.deep, 3, `opacity="0.45"`),
    body(pocket, p.base, "none"),
    fillPath(pocket, p.shade, `opacity="0.35"`),
    stitch("M198 348 L402 348", p),
    strokePath("M300 112 L300 300", p.accent, 34),
    `<rect x="270" y="268" width="60" height="44" rx="8" fill="#D9DCDF" stroke="#8E949A" stroke-width="4"/>`,
    `<rect x="286" y="282" width="28" height="16" rx="3" fill="#8E949A"/>`,
    `<rect x="272" y="404" width="56" height="40" rx="8" fill="${p.accent}"/>`,
  ].join("");
}

/** A crossbody sling bag; the accent is the strap. */
function drawSling(p: Paint): string {
  const pouch =
    "M110 330 C110 270 176 244 300 244 C424 244 490 270 490 330 C490 416 424 456 300 456 C176 456 110 416 110 330 Z";
  return [
    strokePath("M128 306 C96 110 504 110 472 306", p.accent, 28),
    strokePath("M128 306 C96 110 504 110 472 306", p.accentShade, 3, `stroke-dasharray="10 8" opacity="0.8"`),
    `<rect x="272" y="146" width="56" height="30" rx="6" fill="#D9DCDF" stroke="#8E949A" stroke-width="4"/>`,
    body(pouch, p.base),
    motifOverlay(pouch, p),
    strokePath("M150 290 C210 268 390 268 450 290", p.deep, 8),
    strokePath("M150 290 C210 268 390 268 450 290", p.accent, 4, `stroke-dasharray="3 4"`),
    `<rect x="402" y="276" width="16" height="40" rx="6" fill="${p.accent}" transform="rotate(12 410 296)"/>`,
    body("M150 344 C220 364 380 364 450 344 C440 404 390 432 300 434 C210 432 160 404 150 344 Z", p.shade, "none"),
    stitch("M166 360 C230 378 370 378 434 360", p),
  ].join("");
}

/** A six-panel baseball cap, side view, peak to the right; the accent is the patch. */
function drawCap(p: Paint): string {
  const crown = "M112 500 C100 356 190 262 312 262 C424 262 494 352 488 490 Z";
  return [
    body("M430 470 C500 456 562 474 584 504 C562 526 498 528 440 512 Z", p.shade, "top"),
    body(crown, p.base, "top"),
    strokePath("M312 264 C256 310 226 400 220 494", p.shade, 4, `opacity="0.8"`),
    strokePath("M312 264 C368 310 396 400 398 490", p.shade, 4, `opacity="0.8"`),
    stitch("M126 470 C240 460 380 458 480 462", p),
    `<ellipse cx="312" cy="262" rx="20" ry="9" fill="${p.shade}"/>`,
    `<circle cx="250" cy="332" r="6" fill="${p.deep}"/><circle cx="378" cy="332" r="6" fill="${p.deep}"/>`,
    `<rect x="410" y="372" width="62" height="44" rx="8" fill="${p.accent}" transform="rotate(8 441 394)"/>`,
    sunriseMark(p.base, 441, 398, 0.26),
    strokePath("M126 420 C106 440 106 470 120 490", p.deep, 8, `opacity="0.6"`),
  ].join("");
}

/** A bucket hat; the accent is the ribbon band. */
function drawBucketHat(p: Paint): string {
  const brimStitches = [0, 18, 36]
    .map(
      (o) =>
        `M${150 - o * 1.6} ${444 + o * 0.8} C${250} ${474 + o} ${350} ${474 + o} ${450 + o * 1.6} ${444 + o * 0.8}`,
    )
    .join(" ");
  return [
    body(
      "M182 408 L418 408 C470 428 520 458 540 490 C460 520 140 520 60 490 C80 458 130 428 182 408 Z",
      p.shade,
      "top",
    ),
    strokePath(brimStitches, p.seam, 3, `stroke-dasharray="9 8" opacity="0.8"`),
    body("M200 250 C200 222 240 208 300 208 C360 208 400 222 400 250 L420 420 C360 434 240 434 180 420 Z", p.base),
    `<ellipse cx="300" cy="240" rx="100" ry="26" fill="${p.light}" opacity="0.5"/>`,
    fillPath("M186 380 C250 392 350 392 414 380 L418 414 C350 428 250 428 182 414 Z", p.accent),
    mirrored(`<circle cx="222" cy="330" r="6" fill="${p.deep}"/>`),
    stitch("M210 270 C260 282 340 282 390 270", p),
  ].join("");
}

const SOCK =
  "M170 70 L290 70 L290 320 C290 336 302 346 318 346 L420 346 C458 346 482 374 482 408 C482 442 458 470 420 470 L250 470 C200 470 166 436 166 386 Z";

/** One crew sock; the accent is the cuff stripes, heel and toe. */
function sock(p: Paint): string {
  const ribs = Array.from({ length: 7 }, (_, i) => `M${186 + i * 16} 78 L${186 + i * 16} 132`).join(" ");
  return [
    body(SOCK, p.base),
    motifOverlay(SOCK, p),
    fillPath("M170 70 L290 70 L290 140 L169 140 Z", p.shade, `opacity="0.45"`),
    strokePath(ribs, p.deep, 3, `opacity="0.35"`),
    fillPath("M169 156 L290 156 L290 172 L169 172 Z", p.accent),
    fillPath("M169 184 L290 184 L290 194 L169 194 Z", p.accent),
    fillPath("M166 356 C166 432 204 470 256 470 C230 444 220 404 226 356 Z", p.accent),
    fillPath("M430 346 C462 350 482 376 482 408 C482 440 462 466 430 470 C446 440 446 376 430 346 Z", p.accent),
  ].join("");
}

/** A pair of socks, one slightly behind the other. */
function drawSocks(p: Paint): string {
  return (
    `<g transform="translate(110 -44)">${sock(p)}${fillPath(SOCK, "#000000", `opacity="0.12"`)}</g>` +
    `<g transform="translate(-36 20)">${sock(p)}</g>`
  );
}

export const ACCESSORY_SHAPES = {
  tote: { draw: drawTote, stance: "flat", pairedInStyledView: false, zoom: 1 },
  "market-bag": { draw: drawMarketBag, stance: "flat", pairedInStyledView: false, zoom: 1 },
  backpack: { draw: drawBackpack, stance: "standing", pairedInStyledView: false, zoom: 1.1 },
  sling: { draw: drawSling, stance: "flat", pairedInStyledView: false, zoom: 1 },
  cap: { draw: drawCap, stance: "standing", pairedInStyledView: false, zoom: 1.2 },
  "bucket-hat": { draw: drawBucketHat, stance: "standing", pairedInStyledView: false, zoom: 1.15 },
  socks: { draw: drawSocks, stance: "flat", pairedInStyledView: false, zoom: 1 },
} satisfies Record<string, ShapeDefinition>;
