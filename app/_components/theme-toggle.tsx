"use client";

import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { applyThemePreference, readThemePreference, subscribeThemePreference } from "@/app/_lib/theme-preference";

const ThemePanel = lazy(() => import("./theme-panel").then((module) => ({ default: module.ThemePanel })));

/**
 * The header's theme switcher: a button showing the current preference (`face`: ThemeButtonFace) that opens a small
 * panel of choices. The panel's code loads on the first open (see ThemePanel).
 */
export function ThemeToggle({ face }: { face: ReactNode }) {
  const preference = useSyncExternalStore(subscribeThemePreference, readThemePreference, () => "system" as const);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // The inline script set the theme before paint; in development React's remount can clear it.
  useLayoutEffect(() => applyThemePreference(readThemePreference()), []);

  const close = useCallback(() => setOpen(false), []);

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
        onClick={() => {
          setOpened(true);
          setOpen((value) => !value);
        }}
        className="grid size-9 place-items-center rounded-full text-fg transition-colors hover:bg-subtle sm:size-10"
      >
        {face}
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <ThemePanel
            id={panelId}
            open={open}
            close={close}
            preference={preference}
            rootRef={rootRef}
            buttonRef={buttonRef}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
