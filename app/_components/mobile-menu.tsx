"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import type { NavCategory, NavLink } from "@/app/_lib/nav-links";
import { CloseIcon, MenuIcon } from "./icons";

const MobileMenuPanel = lazy(() =>
  import("./mobile-menu-panel").then((module) => ({ default: module.MobileMenuPanel })),
);

/**
 * The phone navigation: a disclosure button that opens the links and every category in a panel under
 * the header (its code loads on the first open). Rendered inside the sticky <header>, which positions
 * the panel. Without JavaScript the button does nothing: the page's own links and the footer remain.
 */
export function MobileMenu({ links, categories }: { links: readonly NavLink[]; categories: NavCategory[] }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const pathname = usePathname();
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  // Navigating to another page (a search from the header, the back button) closes the menu.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && openedAt !== pathname) setOpen(false);

  const close = useCallback(() => setOpen(false), []);

  return (
    <div ref={root} className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        ref={toggle}
        onClick={() => {
          setOpenedAt(pathname);
          setOpened(true);
          setOpen((value) => !value);
        }}
        className="-ml-2 grid size-10 place-items-center rounded-full text-fg transition-colors hover:bg-subtle"
      >
        {open ? <CloseIcon className="size-6" /> : <MenuIcon className="size-6" />}
        <span className="sr-only">Menu</span>
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <MobileMenuPanel
            id={panelId}
            open={open}
            close={close}
            pathname={pathname}
            links={links}
            categories={categories}
            rootRef={root}
            buttonRef={toggle}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
