import localFont from "next/font/local";

/*
 * Fonts ship with the app (next/font/local), so builds never download anything. Inter (UI text) and
 * Fraunces (headings) are variable fonts, Latin subset, from the @fontsource-variable packages; both are
 * SIL Open Font License 1.1 (see the *-OFL.txt files here). The Latin subsets lack the rupee sign, so a
 * tiny face holding only U+20B9 sits first in each stack and the browser uses it for "₹" alone.
 */

const inter = localFont({
  src: "./inter-latin-variable.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});

const interRupee = localFont({
  src: "./inter-rupee-variable.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter-rupee",
  declarations: [{ prop: "unicode-range", value: "U+20B9" }],
  adjustFontFallback: false,
});

const fraunces = localFont({
  src: "./fraunces-latin-variable.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces",
  adjustFontFallback: "Times New Roman",
});

const frauncesRupee = localFont({
  src: "./fraunces-rupee-variable.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-fraunces-rupee",
  declarations: [{ prop: "unicode-range", value: "U+20B9" }],
  adjustFontFallback: false,
  preload: false,
});

/** Class names that define the font CSS variables; put them on <html>. */
export const fontVariables = [inter.variable, interRupee.variable, fraunces.variable, frauncesRupee.variable].join(" ");
