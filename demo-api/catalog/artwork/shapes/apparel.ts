import { motifOverlay, placementPrint } from "../motifs";
import { body, fillPath, mirrored, type Paint, stitch, strokePath } from "../paint";
import type { ShapeDefinition } from "./types";

const TEE_OUTLINE =
  "M232 92 C262 122 338 122 368 92 L452 120 C478 130 500 150 514 172 L548 228 L482 268 L452 234 L456 530 C372 546 228 546 144 530 L148 234 L118 268 L52 228 L86 172 C100 150 122 130 148 120 Z";

function drawTee(p: Paint): string {
  return [
    body(TEE_OUTLINE, p.base),
    motifOverlay(TEE_OUTLINE, p),
    fillPath("M236 94 C264 126 336 126 364 94 C338 82 262 82 236 94 Z", p.deep),
    strokePath("M238 98 C266 132 334 132 362 98", p.shade, 14),
    stitch("M228 108 C262 150 338 150 372 108", p),
    mirrored(
      strokePath("M150 124 C160 170 158 206 150 234", p.shade, 4, `opacity="0.7"`) + stitch("M62 214 L128 254", p),
    ),
    stitch("M152 512 C232 526 368 526 448 512", p),
    strokePath("M196 300 C208 380 196 450 208 516", p.shade, 10, `opacity="0.35"`),
    strokePath("M396 280 C386 340 404 400 392 470", p.shade, 8, `opacity="0.3"`),
    placementPrint(p, 300, 262, 1.3),
  ].join("");
}

function drawHenley(p: Paint): string {
  const buttons = [142, 176, 210]
    .map((y) => `<circle cx="300" cy="${y}" r="7" fill="${p.accent}" stroke="${p.accentShade}" stroke-width="2"/>`)
    .join("");
  return [
    drawTee(p),
    fillPath("M284 114 L316 114 L316 236 C316 240 312 244 308 244 L292 244 C288 244 284 240 284 236 Z", p.base),
    strokePath("M284 114 L284 238 C284 242 288 244 292 244 L308 244 C312 244 316 242 316 238 L316 114", p.seam, 3),
    buttons,
  ].join("");
}

const SLEEVE = "M150 126 C116 136 96 160 88 196 L54 462 L120 478 L156 300 Z";
const CUFF = "M54 462 L120 478 L114 518 L48 502 Z";
const SWEAT_BODY = "M148 124 L230 98 C262 126 338 126 370 98 L452 124 L454 482 L146 482 Z";
const HEM_BAND = "M146 482 L454 482 L452 528 L148 528 Z";

/** Long sleeves, ribbed cuffs and hem shared by the sweatshirt and both hoodies. */
function drawSweatBase(p: Paint): string {
  const cuffRibs = [0.2, 0.4, 0.6, 0.8]
    .map((t) => {
      const top = [54 + 66 * t, 462 + 16 * t];
      const bottom = [48 + 66 * t, 502 + 16 * t];
      return `M${top[0]} ${top[1]} L${bottom[0]} ${bottom[1]}`;
    })
    .join(" ");
  const hemRibs = Array.from({ length: 14 }, (_, i) => `M${170 + i * 20} 488 L${170 + i * 20} 522`).join(" ");
  return [
    mirrored(
      body(SLEEVE, p.base) +
        motifOverlay(SLEEVE, p) +
        strokePath("M118 236 C112 300 104 380 92 452", p.shade, 10, `opacity="0.35"`) +
        body(CUFF, p.shade, "none") +
        strokePath(cuffRibs, p.deep, 3, `opacity="0.5"`),
    ),
    body(SWEAT_BODY, p.base),
    motifOverlay(SWEAT_BODY, p),
    mirrored(strokePath("M152 128 C162 190 160 250 154 300", p.shade, 4, `opacity="0.6"`)),
    body(HEM_BAND, p.shade, "none"),
    strokePath(hemRibs, p.deep, 3, `opacity="0.45"`),
    strokePath("M210 320 C220 380 206 430 216 476", p.shade, 10, `opacity="0.3"`),
  ].join("");
}

function drawSweatshirt(p: Paint): string {
  return [
    drawSweatBase(p),
    fillPath("M236 100 C264 130 336 130 364 100 C338 88 262 88 236 100 Z", p.deep),
    strokePath("M238 104 C266 140 334 140 362 104", p.shade, 20),
    strokePath("M240 110 C266 134 334 134 360 110", p.deep, 2, `opacity="0.4"`),
    placementPrint(p, 300, 270, 1.3),
  ].join("");
}

const HOOD = "M196 134 C182 60 234 22 300 22 C366 22 418 60 404 134 Z";
const HOOD_OPENING = "M236 128 C232 82 262 54 300 54 C338 54 368 82 364 128 C340 150 260 150 236 128 Z";
const POCKET = "M194 352 L406 352 L432 462 L168 462 Z";

function drawHoodieTop(p: Paint): string {
  return [
    body(HOOD, p.base, "top"),
    fillPath(HOOD_OPENING, p.deep),
    strokePath("M236 128 C260 152 340 152 364 128", p.shade, 16),
  ].join("");
}

function drawDrawstrings(p: Paint): string {
  return mirrored(
    strokePath("M276 150 C272 190 278 220 270 256", p.light, 6) + strokePath("M270 256 L268 272", p.accent, 8),
  );
}

function drawHoodie(p: Paint): string {
  return [
    drawSweatBase(p),
    drawHoodieTop(p),
    drawDrawstrings(p),
    body(POCKET, p.base, "none"),
    fillPath(POCKET, p.shade, `opacity="0.25"`),
    stitch("M204 364 L396 364", p),
    mirrored(strokePath("M194 352 C186 390 174 430 168 462", p.deep, 4, `opacity="0.5"`)),
    placementPrint(p, 300, 270, 1.1),
  ].join("");
}

function drawZipHoodie(p: Paint): string {
  return [
    drawSweatBase(p),
    drawHoodieTop(p),
    drawDrawstrings(p),
    strokePath("M300 148 L300 524", p.shade, 14),
    `<path d="M300 148 L300 524" stroke="${p.accent}" stroke-width="8" stroke-dasharray="3 4"/>`,
    `<rect x="292" y="150" width="16" height="34" rx="5" fill="${p.accent}" stroke="${p.accentShade}" stroke-width="2"/>`,
    mirrored(strokePath("M206 372 L246 452", p.deep, 6, `opacity="0.55"`) + stitch("M214 366 L256 450", p)),
  ].join("");
}

export const APPAREL_SHAPES = {
  tee: { draw: drawTee, stance: "flat", pairedInStyledView: false, zoom: 1 },
  henley: { draw: drawHenley, stance: "flat", pairedInStyledView: false, zoom: 1 },
  sweatshirt: { draw: drawSweatshirt, stance: "flat", pairedInStyledView: false, zoom: 1 },
  hoodie: { draw: drawHoodie, stance: "flat", pairedInStyledView: false, zoom: 1 },
  "zip-hoodie": { draw: drawZipHoodie, stance: "flat", pairedInStyledView: false, zoom: 1 },
} satisfies Record<string, ShapeDefinition>;
