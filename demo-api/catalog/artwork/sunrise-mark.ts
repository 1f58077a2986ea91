/** The brand's sunrise mark (a half sun with rays over a horizon), centred on (x, y). */
export function sunriseMark(color: string, x: number, y: number, scale: number): string {
  const rays = [-60, -30, 0, 30, 60].map((angle) => `<path d="M0 -62 L0 -80" transform="rotate(${angle})"/>`).join("");
  return (
    `<g transform="translate(${x} ${y}) scale(${scale})">` +
    `<path d="M-48 0 A48 48 0 0 1 48 0 Z" fill="${color}"/>` +
    `<g stroke="${color}" stroke-width="9" stroke-linecap="round">${rays}<path d="M-74 16 L74 16"/></g>` +
    `</g>`
  );
}
