"use client";

import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import type { RefObject } from "react";
import type { NavCategory, NavLink } from "@/app/_lib/nav-links";
import { useDismiss } from "./use-dismiss";

/**
 * The phone navigation's panel, under the header: the links and every category. Loaded on the menu's
 * first open (see MobileMenu). Closes on a link click, Escape or a press outside the menu.
 */
export function MobileMenuPanel({
  id,
  open,
  close,
  pathname,
  links,
  categories,
  rootRef,
  buttonRef,
}: {
  id: string;
  open: boolean;
  close: () => void;
  pathname: string;
  links: readonly NavLink[];
  categories: NavCategory[];
  rootRef: RefObject<HTMLElement | null>;
  buttonRef: RefObject<HTMLElement | null>;
}) {
  // Escape puts focus back on the button: it would otherwise stay on a link that is now hidden.
  useDismiss(open, close, rootRef, buttonRef);
  const headingId = `${id}-categories`;
  const current = (href: string) => (pathname === href ? ("page" as const) : undefined);

  return (
    <nav
      id={id}
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
                <LinkPendingMarker />
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
                    <LinkPendingMarker />
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
                            <LinkPendingMarker />
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
  );
}
