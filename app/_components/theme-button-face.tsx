import { THEME_PREFERENCES, type ThemePreference } from "@/app/_lib/theme-preference";
import { THEME_OPTIONS } from "./theme-options";

/** Shown for its own preference only: the `data-theme` the page's inline script puts on <html> before paint. */
const SHOWN_FOR: Record<ThemePreference, string> = {
  system: "contents in-data-[theme]:hidden",
  light: "hidden in-data-[theme=light]:contents",
  dark: "hidden in-data-[theme=dark]:contents",
};

/**
 * The theme button's face: the current preference's icon and name, picked by CSS, so it is right from the first
 * paint and the browser needs none of the icons' code.
 */
export function ThemeButtonFace() {
  return THEME_PREFERENCES.map((value) => {
    const { label, icon: Icon } = THEME_OPTIONS[value];
    return (
      <span key={value} className={SHOWN_FOR[value]}>
        <Icon className="size-5" />
        <span className="sr-only">Theme: {label}</span>
      </span>
    );
  });
}
