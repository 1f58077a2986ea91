import { sunriseMark } from "./sunrise-mark";

export const LOGO_SIZE = 512;

/** The store's logo: the sunrise mark on a terracotta disc, on a transparent background. */
export function drawLogo(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 512 512">` +
    `<circle cx="256" cy="256" r="248" fill="#C0674A"/>` +
    sunriseMark("#F7EFE4", 256, 292, 2.3) +
    `</svg>`
  );
}
