"use client";

import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import { usePathname } from "next/navigation";
import { DESKTOP_NAV_CATEGORY_LIMIT, type NavCategory } from "@/app/_lib/nav-links";

/** Desktop navigation: the top-level categories and "Shop all"; phones get them in <MobileMenu>. */
export function MainNav({ categories, className = "" }: { categories: NavCategory[]; className?: string }) {
  const pathname = usePathname();
  const links: { href: string; label: string; current: "page" | "true" | undefined; wideOnly?: boolean }[] = [
    ...categories.slice(0, DESKTOP_NAV_CATEGORY_LIMIT).map((category) => ({
      href: category.href,
      label: category.label,
      // "page" on the category itself, "true" on one of its subcategories.
      current:
        pathname === category.href
          ? ("page" as const)
          : category.paths.includes(pathname)
            ? ("true" as const)
            : undefined,
    })),
    // Room for it only on wide screens (the wordmark links home, the search box leads to everything).
    { href: "/search", label: "Shop all", current: pathname === "/search" ? "page" : undefined, wideOnly: true },
  ];
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex items-center gap-0.5">
        {links.map((link) => (
          <li key={link.href} className={link.wideOnly ? "hidden xl:block" : undefined}>
            <Link
              href={link.href}
              aria-current={link.current}
              className={`rounded-full px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors hover:bg-subtle hover:text-fg ${
                link.current ? "bg-subtle text-fg" : "text-fg-muted"
              }`}
            >
              {link.label}
              <LinkPendingMarker />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
