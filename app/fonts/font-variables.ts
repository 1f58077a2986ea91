import localFont from "next/font/local";

/*
 * Fonts ship with the app (next/font/local), so builds never download anything. Inter (UI text) and
 * Fraunces (headings) come from the @fontsource-variable packages' Latin subsets; both are SIL Open Font
 * License 1.1 (see the *-OFL.txt files here). The Latin subsets lack the rupee sign, so a tiny face holding
 * only U+20B9 sits first in each stack and the browser uses it for "₹" alone.
 *
 * Each file holds only the weights the design uses, which every first visit downloads before text settles:
 * Inter 400–600 (regular, medium, semibold) as a variable font, Fraunces at 600 (headings are semibold), 54 kB
 * instead of 87 kB for the full 100–900 ranges. Made with fontTools' instancer, e.g.
 * `fonttools varLib.instancer inter-latin-variable.woff2 wght=400:600 -o inter-latin-400-600.woff2`, `wght=600` for
 * Fraunces.
 * A new weight in the design means making the files again from the @fontsource-variable originals.
 *
 * None is preloaded. Text paints at once in the size-adjusted fallback either way (`display: swap`); a preload only
 * makes the fonts download before the page's own CSS, scripts and first images, which on a slow phone connection
 * delays the first screen (Lighthouse, mobile: the home page's largest paint 2.5–3.2 s with the preloads, 1.8–3.0 s
 * without).
 */

const inter = localFont({
  src: "./inter-latin-400-600.woff2",
  weight: "400 600",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  preload: false,
});

const interRupee = localFont({
  src: "./inter-rupee-400-600.woff2",
  weight: "400 600",
  style: "normal",
  display: "swap",
  variable: "--font-inter-rupee",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+20B9" }],
  adjustFontFallback: false,
});

const fraunces = localFont({
  src: "./fraunces-latin-600.woff2",
  weight: "600",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces",
  preload: false,
  adjustFontFallback: "Times New Roman",
});

const frauncesRupee = localFont({
  src: "./fraunces-rupee-600.woff2",
  weight: "600",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces-rupee",
  declarations: [{ prop: "unicode-range", value: "U+20B9" }],
  adjustFontFallback: false,
  preload: false,
});

/** Class names that define the font CSS variables; put them on <html>. */
export const fontVariables = [inter.variable, interRupee.variable, fraunces.variable, frauncesRupee.variable].join(" ");
