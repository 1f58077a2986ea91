import { CHANGE_EVENT, THEME_STORAGE_KEY, applyThemePreference, type ThemePreference } from "./theme-preference";

/** Applies the preference and remembers it (localStorage), telling this tab's subscribers. */
export function saveThemePreference(preference: ThemePreference): void {
  try {
    if (preference === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage unavailable (private mode, blocked): the choice lasts for this page only.
  }
  applyThemePreference(preference);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
