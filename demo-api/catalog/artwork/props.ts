/** Small scene props for the styled view; each is drawn around its own origin. */

import { darken, lighten } from "./color";

const LEAF = "#7A9A66";
const LEAF_DARK = "#56744A";
const KRAFT = "#D8B98A";
const TERRACOTTA = "#C7714F";

const place = (x: number, y: number, scale: number, rotate: number, content: string) =>
  `<g transform="translate(${x} ${y}) rotate(${rotate}) scale(${scale})">${content}</g>`;

/** A stem with alternating leaves, about 320 units long, growing upward. */
export function leafSprig(x: number, y: number, scale: number, rotate: number): string {
  const leaves = [0, 1, 2, 3, 4, 5]
    .map((i) => {
      const side = i % 2 === 0 ? 1 : -1;
      const along = -40 - i * 48;
      const tilt = side * (48 - i * 4);
      const fill = i % 3 === 0 ? LEAF_DARK : LEAF;
      return `<path d="M0 0 C18 -22 62 -26 86 0 C62 24 18 22 0 0 Z" fill="${fill}" transform="translate(${side * 3} ${along}) rotate(${-90 + tilt}) scale(${1 - i * 0.07})"/>`;
    })
    .join("");
  const tip = `<path d="M0 0 C14 -20 14 -50 0 -70 C-14 -50 -14 -20 0 0 Z" fill="${LEAF}" transform="translate(0 -300)"/>`;
  return place(
    x,
    y,
    scale,
    rotate,
    `<path d="M0 0 C6 -110 -6 -210 0 -300" fill="none" stroke="${LEAF_DARK}" stroke-width="6" stroke-linecap="round"/>${leaves}${tip}`,
  );
}

/** A kraft-paper swing tag with a string. */
export function hangTag(x: number, y: number, scale: number, rotate: number): string {
  return place(
    x,
    y,
    scale,
    rotate,
    `<path d="M-60 -40 L30 -40 L70 0 L30 40 L-60 40 C-66 40 -70 36 -70 30 L-70 -30 C-70 -36 -66 -40 -60 -40 Z" fill="${KRAFT}"/>` +
      `<circle cx="36" cy="0" r="9" fill="${lighten(KRAFT, 0.6)}" stroke="${darken(KRAFT, 0.2)}" stroke-width="3"/>` +
      `<path d="M-48 -14 L8 -14 M-48 4 L-6 4 M-48 20 L0 20" stroke="${darken(KRAFT, 0.3)}" stroke-width="6" stroke-linecap="round"/>` +
      `<path d="M36 0 C80 -30 120 10 170 -30" fill="none" stroke="${darken(KRAFT, 0.35)}" stroke-width="3"/>`,
  );
}

/** Three smooth stones in the backdrop's tones. */
export function pebbles(x: number, y: number, scale: number, tone: string): string {
  return place(
    x,
    y,
    scale,
    0,
    `<ellipse cx="0" cy="0" rx="46" ry="30" fill="${darken(tone, 0.12)}"/>` +
      `<ellipse cx="64" cy="14" rx="30" ry="20" fill="${lighten(tone, 0.35)}"/>` +
      `<ellipse cx="30" cy="-34" rx="22" ry="15" fill="${darken(tone, 0.25)}"/>`,
  );
}

/** A terracotta pot with a leafy plant; origin at the middle of its base. */
export function pottedPlant(x: number, y: number, scale: number): string {
  const fan = [-52, -30, -10, 12, 34, 56]
    .map((angle, i) => {
      const fill = i % 2 === 0 ? LEAF : LEAF_DARK;
      return `<path d="M0 0 C30 -60 30 -170 0 -230 C-30 -170 -30 -60 0 0 Z" fill="${fill}" transform="translate(0 -150) rotate(${angle}) scale(${i % 2 === 0 ? 1 : 0.85})"/>`;
    })
    .join("");
  const pot =
    `<path d="M-80 -160 L80 -160 L62 0 L-62 0 Z" fill="${TERRACOTTA}"/>` +
    `<rect x="-90" y="-176" width="180" height="34" rx="6" fill="${lighten(TERRACOTTA, 0.12)}"/>` +
    `<path d="M-70 -140 L-56 -8" stroke="${lighten(TERRACOTTA, 0.3)}" stroke-width="10" stroke-linecap="round" opacity="0.6"/>`;
  return place(x, y, scale, 0, fan + pot);
}

/** Two stacked books with a small bud vase on top; origin at the middle of the bottom book's base. */
export function bookStack(x: number, y: number, scale: number): string {
  const book = (offsetX: number, offsetY: number, width: number, color: string) =>
    `<rect x="${offsetX - width / 2}" y="${offsetY - 52}" width="${width}" height="52" rx="6" fill="${color}"/>` +
    `<rect x="${offsetX + width / 2 - 14}" y="${offsetY - 46}" width="8" height="40" rx="3" fill="#FFFFFF" opacity="0.55"/>`;
  const vase =
    `<path d="M-30 0 C-44 -30 -36 -62 -12 -74 L-12 -96 L12 -96 L12 -74 C36 -62 44 -30 30 0 Z" fill="#EDE6DA"/>` +
    `<path d="M0 -96 C-4 -150 -30 -190 -44 -214 M0 -96 C8 -140 34 -170 50 -200" fill="none" stroke="${LEAF_DARK}" stroke-width="5" stroke-linecap="round"/>` +
    `<circle cx="-44" cy="-216" r="14" fill="#E9A99B"/><circle cx="50" cy="-202" r="11" fill="#F1C27D"/>`;
  return place(
    x,
    y,
    scale,
    0,
    book(0, 0, 260, "#5F7C79") + book(-10, -52, 220, "#D9A441") + `<g transform="translate(-14 -104)">${vase}</g>`,
  );
}
