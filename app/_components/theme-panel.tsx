"use client";

import type { RefObject } from "react";
import { saveThemePreference } from "@/app/_lib/save-theme-preference";
import { THEME_PREFERENCES, type ThemePreference } from "@/app/_lib/theme-preference";
import { CheckIcon } from "./icons";
import { THEME_OPTIONS } from "./theme-options";
import { useDismiss } from "./use-dismiss";

/**
 * The theme switcher's panel: three radios (system, light, dark). A choice applies at once and is remembered; arrow
 * keys move between the options, Escape or a press outside closes the panel.
 */
export function ThemePanel({
  id,
  open,
  close,
  preference,
  rootRef,
  buttonRef,
}: {
  id: string;
  open: boolean;
  close: () => void;
  preference: ThemePreference;
  rootRef: RefObject<HTMLElement | null>;
  buttonRef: RefObject<HTMLElement | null>;
}) {
  useDismiss(open, close, rootRef, buttonRef);

  return (
    <div
      id={id}
      hidden={!open}
      className="absolute top-full right-0 z-50 mt-2 w-44 rounded-card border border-line bg-surface p-1.5 shadow-card"
    >
      <fieldset>
        <legend className="px-2.5 pt-1 pb-1.5 text-xs font-semibold tracking-[0.14em] text-fg-muted uppercase">
          Theme
        </legend>
        {THEME_PREFERENCES.map((value) => {
          const { label, icon: OptionIcon } = THEME_OPTIONS[value];
          return (
            <label
              key={value}
              className="relative flex h-10 cursor-pointer items-center gap-2.5 rounded-control px-2.5 text-sm text-fg transition-colors hover:bg-subtle has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus"
            >
              <input
                type="radio"
                name={`${id}-theme`}
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
  );
}
