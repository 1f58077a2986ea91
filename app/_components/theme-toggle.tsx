"use client";

import { useCallback, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ComponentType } from "react";
import {
  THEME_PREFERENCES,
  applyThemePreference,
  readThemePreference,
  saveThemePreference,
  subscribeThemePreference,
  type ThemePreference,
} from "@/app/_lib/theme-preference";
import { CheckIcon } from "./icons";
import { MonitorIcon, MoonIcon, SunIcon } from "./theme-icons";
import { useDismiss } from "./use-dismiss";

const OPTIONS: Record<ThemePreference, { label: string; icon: ComponentType<{ className?: string }> }> = {
  system: { label: "System", icon: MonitorIcon },
  light: { label: "Light", icon: SunIcon },
  dark: { label: "Dark", icon: MoonIcon },
};

/**
 * The header's theme switcher: a button opening a small panel of three radios (system, light, dark).
 * A choice applies at once and is remembered; arrow keys move between the options, Escape or a click
 * outside closes the panel.
 */
export function ThemeToggle() {
  const preference = useSyncExternalStore(subscribeThemePreference, readThemePreference, () => "system" as const);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const name = useId();

  // The inline script set the theme before paint; in development React's remount can clear it.
  useLayoutEffect(() => applyThemePreference(readThemePreference()), []);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);

  const Current = OPTIONS[preference].icon;
  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="grid size-9 place-items-center rounded-full text-fg transition-colors hover:bg-subtle sm:size-10"
      >
        <Current className="size-5" />
        <span className="sr-only">Theme: {OPTIONS[preference].label}</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full right-0 z-50 mt-2 w-44 rounded-card border border-line bg-surface p-1.5 shadow-card"
      >
        <fieldset>
          <legend className="px-2.5 pt-1 pb-1.5 text-xs font-semibold tracking-[0.14em] text-fg-muted uppercase">
            Theme
          </legend>
          {THEME_PREFERENCES.map((value) => {
            const { label, icon: OptionIcon } = OPTIONS[value];
            return (
              <label
                key={value}
                className="relative flex h-10 cursor-pointer items-center gap-2.5 rounded-control px-2.5 text-sm text-fg transition-colors hover:bg-subtle has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus"
              >
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={preference === value}
                  onChange={() => saveThemePreference(value)}
                  className="absolute inset-0 z-10 cursor-pointer appearance-none rounded-control opacity-0"
                />
                <OptionIcon className="size-[1.125rem] text-fg-muted" />
                <span className="flex-1">{label}</span>
                {preference === value ? <CheckIcon className="size-4 text-brand" /> : null}
              </label>
            );
          })}
        </fieldset>
      </div>
    </div>
  );
}
