import type { ComponentType } from "react";
import type { ThemePreference } from "@/app/_lib/theme-preference";
import { MonitorIcon, MoonIcon, SunIcon } from "./theme-icons";

/** How each theme preference is named and drawn, in the header's button and its panel. */
export const THEME_OPTIONS: Record<ThemePreference, { label: string; icon: ComponentType<{ className?: string }> }> = {
  system: { label: "System", icon: MonitorIcon },
  light: { label: "Light", icon: SunIcon },
  dark: { label: "Dark", icon: MoonIcon },
};
