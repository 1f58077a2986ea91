/**
 * The shopper's colour theme: "system" follows the operating system; "light" and "dark" are an explicit
 * choice, kept in localStorage and mirrored as `data-theme` on <html> (which globals.css reads). Client-only
 * helpers, except the constants, which the inline script in <ThemeScript> also uses. Saving a choice is in
 * save-theme-preference.ts: only the theme panel, which loads on demand, needs it.
 */

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_STORAGE_KEY = "theme";
/** Dispatched on window when this tab saves a preference (see saveThemePreference). */
export const CHANGE_EVENT = "themepreferencechange";

export function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

/** Puts the preference on <html> (and the browser's toolbar colour) without saving it. */
export function applyThemePreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", preference);
  // <meta name="theme-color"> comes as a light/dark pair keyed on the OS scheme: pin both to the choice.
  const metas = document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][media]');
  const chosen = preference === "system" ? null : [...metas].find((meta) => meta.media.includes(preference));
  for (const meta of metas) meta.dataset.original ??= meta.content;
  for (const meta of metas) meta.content = (chosen ?? meta).dataset.original ?? meta.content;
}

/** Calls back when the preference changes here or in another tab. */
export function subscribeThemePreference(callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    applyThemePreference(readThemePreference());
    callback();
  };
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, callback);
    window.removeEventListener("storage", onStorage);
  };
}
