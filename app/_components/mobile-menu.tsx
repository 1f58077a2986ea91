"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useId, useRef, useState } from "react";
import type { NavCategory, NavLink } from "@/app/_lib/nav-links";
import { CloseIcon, MenuIcon } from "./icons";
import { useDismiss } from "./use-dismiss";

/**
 * The phone navigation: a disclosure button that opens the links and every category in a panel under
 * the header. Closes on a link click, Escape or a press outside it. Rendered inside the sticky <header>,
 * which positions the panel.
 */
export function MobileMenu({ links, categories }: { links: readonly NavLink[]; categories: NavCategory[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const pathname = usePathname();
  const toggle = useRef<HTMLButtonElement>(null);

  // Navigating to another page (a search from the header, the back button) closes the menu.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && openedAt !== pathname) setOpen(false);

  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  // Escape puts focus back on the button: it would otherwise stay on a link that is now hidden.
  useDismiss(open, close, root, toggle);
  const current = (href: string) => (pathname === href ? ("page" as const) : undefined);

  return (
    <div ref={root} className="lg:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        ref={toggle}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen((value) => !value);
        }}
        className="-ml-2 grid size-10 place-items-center rounded-full text-fg transition-colors hover:bg-subtle"
      >
        {open ? <CloseIcon className="size-6" /> : <MenuIcon className="size-6" />}
        <span className="sr-only">Menu</span>
      </button>
      <nav
        id={panelId}
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto overscroll-contain border-b border-line bg-canvas shadow-card"
      >
        <div className="mx-auto max-w-7xl px-4 pt-2 pb-5 sm:px-6">
          <ul className="flex flex-col">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  onClick={close}
                  aria-current={current(link.href)}
                  className="flex h-12 items-center rounded-lg px-2 text-base font-medium text-fg transition-colors hover:bg-subtle aria-[current=page]:text-brand"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          {categories.length > 0 ? (
            <section aria-labelledby={headingId} className="mt-2 border-t border-line pt-4">
              <h2 id={headingId} className="px-2 text-xs font-semibold tracking-[0.14em] text-fg-muted uppercase">
                Shop by category
              </h2>
              <ul className="mt-2 flex flex-col gap-1">
                {categories.map((category) => (
                  <li key={category.href} className="py-1">
                    <Link
                      href={category.href}
                      onClick={close}
                      aria-current={current(category.href)}
                      className="flex h-11 items-center rounded-lg px-2 text-base font-semibold text-fg transition-colors hover:bg-subtle aria-[current=page]:text-brand"
                    >
                      {category.label}
                    </Link>
                    {category.children.length > 0 ? (
                      <ul className="flex flex-wrap gap-2 px-2 pt-1 pb-1">
                        {category.children.map((child) => (
                          <li key={child.href}>
                            <Link
                              href={child.href}
                              onClick={close}
                              aria-current={current(child.href)}
                              className="inline-flex h-9 items-center rounded-full border border-line-strong bg-surface px-3.5 text-sm text-fg transition-colors hover:bg-subtle aria-[current=page]:border-fg aria-[current=page]:bg-fg aria-[current=page]:text-canvas"
                            >
                              {child.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </nav>
    </div>
  );
}
