import { darken, lighten } from "../color";
import { motifOverlay } from "../motifs";
import { body, fillPath, mirrored, type Paint, strokePath } from "../paint";
import type { ShapeDefinition } from "./types";

const at = (x: number, y: number, scale: number, content: string) =>
  `<g transform="translate(${x} ${y}) scale(${scale})">${content}</g>`;

/** A stoneware mug with a raw-clay dipped foot; the accent is the clay. */
function drawMug(p: Paint): string {
  const mugBody = "M170 250 L410 250 L404 482 C402 500 386 510 366 510 L214 510 C194 510 178 500 176 482 Z";
  const handle = "M404 304 C474 296 500 340 494 380 C488 424 452 444 404 438";
  return [
    strokePath(handle, p.shade, 36),
    strokePath(handle, p.base, 26),
    body(mugBody, p.base),
    motifOverlay(mugBody, p),
    body(
      "M175 446 C215 458 245 436 285 448 C325 460 365 438 405 450 L404 482 C402 500 386 510 366 510 L214 510 C194 510 178 500 176 482 Z",
      p.accent,
    ),
    `<ellipse cx="290" cy="250" rx="120" ry="26" fill="${p.light}"/>`,
    `<ellipse cx="290" cy="254" rx="106" ry="19" fill="${p.deep}"/>`,
    strokePath("M200 290 L204 420", "#FFFFFF", 14, `opacity="0.18"`),
  ].join("");
}

/** An enamel camp mug with a contrasting rolled rim; the accent is the rim colour. */
function drawCampMug(p: Paint): string {
  const mugBody = "M160 300 L420 300 L420 480 C420 498 408 510 390 510 L190 510 C172 510 160 498 160 480 Z";
  const handle = "M420 340 C486 336 506 372 500 404 C494 436 466 452 420 448";
  return [
    strokePath(handle, p.accent, 26),
    strokePath(handle, p.base, 12),
    body(mugBody, p.base),
    strokePath("M162 500 C200 512 380 512 418 500", p.accent, 8),
    `<ellipse cx="290" cy="300" rx="130" ry="24" fill="${p.deep}" stroke="${p.accent}" stroke-width="10"/>`,
    fillPath("M240 440 L274 392 L296 420 L312 402 L344 440 Z", p.accent),
    `<circle cx="324" cy="384" r="9" fill="${p.accent}"/>`,
    strokePath("M190 330 L190 470", "#FFFFFF", 12, `opacity="0.25"`),
  ].join("");
}

/** One kulhad (clay chai cup) standing on its base at the origin. */
function kulhad(p: Paint): string {
  const cup = "M-70 -150 C-66 -90 -56 -40 -50 -8 C-48 -2 -42 0 -36 0 L36 0 C42 0 48 -2 50 -8 C56 -40 66 -90 70 -150 Z";
  return [
    body(cup, p.base),
    strokePath("M-64 -108 C-20 -96 20 -96 64 -108 M-56 -56 C-20 -46 20 -46 56 -56", p.shade, 3, `opacity="0.5"`),
    `<ellipse cx="0" cy="-150" rx="70" ry="15" fill="${p.light}"/>`,
    `<ellipse cx="0" cy="-149" rx="60" ry="10" fill="${p.accent}"/>`,
  ].join("");
}

/** Three kulhads filled with chai; the accent is the chai. */
function drawKulhadSet(p: Paint): string {
  return at(300, 440, 0.95, kulhad(p)) + at(196, 510, 1.1, kulhad(p)) + at(406, 510, 1.1, kulhad(p));
}

/** A double-wall tumbler with a lid; the accent is the lid. */
function drawTumbler(p: Paint): string {
  return [
    body("M222 196 L378 196 L366 490 C365 502 356 510 344 510 L256 510 C244 510 235 502 234 490 Z", p.base),
    strokePath("M254 214 L262 488", "#FFFFFF", 14, `opacity="0.4"`),
    strokePath("M236 460 L364 460", p.shade, 4),
    body(
      "M214 148 L386 148 C392 148 396 152 396 158 L396 188 C396 194 392 198 386 198 L214 198 C208 198 204 194 204 188 L204 158 C204 152 208 148 214 148 Z",
      p.accent,
      "top",
    ),
    `<rect x="236" y="138" width="56" height="14" rx="7" fill="${p.accentShade}"/>`,
  ].join("");
}

const FLAME = "M0 -74 C14 -54 22 -38 22 -22 C22 -8 12 0 0 0 C-12 0 -22 -8 -22 -22 C-22 -38 -14 -54 0 -74 Z";

/** A lit wick whose flame base sits at the origin. */
function flame(): string {
  return (
    `<circle cx="0" cy="-30" r="86" fill="url(#flame-glow)"/>` +
    `<path d="M0 14 L0 -2" stroke="#2B2420" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="${FLAME}" fill="#FFA640"/>` +
    `<path d="${FLAME}" fill="#FFE7A3" transform="translate(0 -4) scale(0.55)"/>`
  );
}

const FLAME_GLOW = `<defs><radialGradient id="flame-glow"><stop offset="0" stop-color="#FFE2A0" stop-opacity="0.75"/><stop offset="1" stop-color="#FFE2A0" stop-opacity="0"/></radialGradient></defs>`;

/** A candle poured into a vessel with a paper label; base is the wax, accent the vessel. */
function drawJarCandle(p: Paint): string {
  const label = "#F7F1E6";
  return [
    FLAME_GLOW,
    body("M184 270 L416 270 L416 480 C416 498 402 510 384 510 L216 510 C198 510 184 498 184 480 Z", p.accent),
    `<ellipse cx="300" cy="270" rx="116" ry="24" fill="${p.accentLight}"/>`,
    `<ellipse cx="300" cy="276" rx="102" ry="17" fill="${p.base}"/>`,
    `<rect x="222" y="340" width="156" height="110" rx="10" fill="${label}"/>`,
    `<path d="M250 372 L350 372 M262 396 L338 396 M274 420 L326 420" stroke="${darken(p.accent, 0.1)}" stroke-width="7" stroke-linecap="round"/>`,
    strokePath("M204 292 L204 470", "#FFFFFF", 12, `opacity="0.22"`),
    at(300, 262, 1, flame()),
  ].join("");
}

/** One votive glass standing on its base at the origin. */
function votive(p: Paint): string {
  const glass = "M-62 -140 L62 -140 L58 -8 C57 -3 53 0 48 0 L-48 0 C-53 0 -57 -3 -58 -8 Z";
  return [
    fillPath(glass, p.accent, `opacity="0.9"`),
    fillPath("M-60 -96 L60 -96 L58 -8 C57 -3 53 0 48 0 L-48 0 C-53 0 -57 -3 -58 -8 Z", p.base, `opacity="0.9"`),
    fillPath(glass, "url(#volume-side)"),
    `<ellipse cx="0" cy="-140" rx="62" ry="12" fill="${p.accentLight}" opacity="0.9"/>`,
    `<ellipse cx="0" cy="-96" rx="58" ry="10" fill="${lighten(p.base, 0.3)}"/>`,
    at(0, -104, 0.8, flame()),
  ].join("");
}

/** Two votives, as they are sold in pairs. */
function drawVotives(p: Paint): string {
  return FLAME_GLOW + at(216, 500, 1.25, votive(p)) + at(394, 510, 1.25, votive(p));
}

const CUSHION =
  "M104 112 C210 134 390 134 496 112 C474 220 474 380 496 488 C390 466 210 466 104 488 C126 380 126 220 104 112 Z";

/** A square cushion with piping; the accent is the print and piping. */
function drawCushion(p: Paint): string {
  const crease = strokePath("M112 120 C136 148 150 160 178 172", p.shade, 5, `opacity="0.55"`);
  return [
    `<defs><radialGradient id="cushion-puff"><stop offset="0.4" stop-color="#FFFFFF" stop-opacity="0.14"/><stop offset="1" stop-color="#000000" stop-opacity="0.16"/></radialGradient></defs>`,
    body(CUSHION, p.base, "none"),
    motifOverlay(CUSHION, p),
    fillPath(CUSHION, "url(#cushion-puff)"),
    mirrored(crease + `<g transform="matrix(1 0 0 -1 0 600)">${crease}</g>`),
    strokePath(CUSHION, p.accent, 9),
  ].join("");
}

/** A round braided floor cushion seen from a low angle. */
function drawPouf(p: Paint): string {
  const rings = [176, 132, 88, 44]
    .map(
      (rx) =>
        `<ellipse cx="300" cy="300" rx="${rx}" ry="${(rx / 3).toFixed(1)}" fill="none" stroke="${p.shade}" stroke-width="5" opacity="0.6"/>`,
    )
    .join("");
  const rows = [350, 400, 450]
    .map((y) => `M90 ${y} C90 ${y + 34} 184 ${y + 56} 300 ${y + 56} C416 ${y + 56} 510 ${y + 34} 510 ${y}`)
    .join(" ");
  return [
    body("M90 300 L90 456 C90 490 184 510 300 510 C416 510 510 490 510 456 L510 300 Z", p.base),
    strokePath(rows, p.shade, 5, `opacity="0.55"`),
    `<ellipse cx="300" cy="300" rx="210" ry="70" fill="${p.light}"/>`,
    rings,
    `<ellipse cx="300" cy="300" rx="16" ry="7" fill="${p.accent}"/>`,
    strokePath("M470 380 C500 390 506 420 484 436", p.accent, 10),
  ].join("");
}

/** A folded kantha throw with running-stitch rows and a fringe; the accent is the thread. */
function drawThrow(p: Paint): string {
  const folded =
    "M100 170 L500 170 C512 170 520 178 520 190 L520 420 C520 432 512 440 500 440 L100 440 C88 440 80 432 80 420 L80 190 C80 178 88 170 100 170 Z";
  const fringe = Array.from({ length: 34 }, (_, i) => `M${104 + i * 12} 440 L${102 + i * 12} 476`).join(" ");
  const stitches = [204, 236, 300, 332, 396]
    .map((y) => strokePath(`M102 ${y} L498 ${y}`, p.accent, 4, `stroke-dasharray="12 10"`))
    .join("");
  return [
    body("M96 126 L504 126 C514 126 520 134 520 144 L520 200 L80 200 L80 144 C80 134 86 126 96 126 Z", p.shade, "none"),
    strokePath(fringe, p.base, 4),
    body(folded, p.base, "top"),
    motifOverlay(folded, p),
    stitches,
    strokePath("M84 268 C200 276 400 276 516 268", p.shade, 8, `opacity="0.5"`),
    strokePath("M84 364 C200 372 400 372 516 364", p.shade, 8, `opacity="0.5"`),
  ].join("");
}

export const HOME_SHAPES = {
  mug: { draw: drawMug, stance: "standing", pairedInStyledView: false, zoom: 1.3 },
  "camp-mug": { draw: drawCampMug, stance: "standing", pairedInStyledView: false, zoom: 1.3 },
  "kulhad-set": { draw: drawKulhadSet, stance: "standing", pairedInStyledView: false, zoom: 1.35 },
  tumbler: { draw: drawTumbler, stance: "standing", pairedInStyledView: false, zoom: 1.2 },
  "jar-candle": { draw: drawJarCandle, stance: "standing", pairedInStyledView: false, zoom: 1.3 },
  votives: { draw: drawVotives, stance: "standing", pairedInStyledView: false, zoom: 1.35 },
  cushion: { draw: drawCushion, stance: "flat", pairedInStyledView: false, zoom: 1 },
  pouf: { draw: drawPouf, stance: "standing", pairedInStyledView: false, zoom: 1.1 },
  throw: { draw: drawThrow, stance: "flat", pairedInStyledView: false, zoom: 1 },
} satisfies Record<string, ShapeDefinition>;
