import Link from "next/link";
import { NAV_LINKS } from "@/app/_lib/nav-links";

/** Desktop navigation; phones get the same links in <MobileMenu>. */
export function MainNav({ className = "" }: { className?: string }) {
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex items-center gap-1">
        {NAV_LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="rounded-full px-3 py-2 text-sm font-medium text-fg-muted transition-colors hover:bg-subtle hover:text-fg"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
