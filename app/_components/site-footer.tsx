import { cacheLife } from "next/cache";
import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import { storeInfoOrFallback } from "@/app/_lib/store-info-or-fallback";
import { ReturnIcon, ShieldIcon, TruckIcon } from "./icons";

const COLUMNS: { title: string; links: { href: string; label: string }[] }[] = [
  {
    title: "Shop",
    links: [
      { href: "/search", label: "All products" },
      { href: "/#new-arrivals", label: "New arrivals" },
    ],
  },
  {
    title: "Help",
    links: [
      { href: "/cart", label: "Your cart" },
      { href: "/search", label: "Find a product" },
    ],
  },
  {
    title: "About",
    links: [
      { href: "/", label: "Home" },
      { href: "https://www.commercengine.io", label: "Commerce Engine" },
    ],
  },
];

/** Promises shown above the footer links. Edit them to match your store's policies. */
const TRUST_POINTS = [
  { icon: ShieldIcon, title: "Secure checkout", text: "UPI, cards, net banking and wallets" },
  { icon: TruckIcon, title: "Shipping across India", text: "Tracked delivery to your door" },
  { icon: ReturnIcon, title: "Easy returns", text: "Changed your mind? Send it back" },
];

export async function SiteFooter() {
  const store = await storeInfoOrFallback();
  const year = await currentYear();
  return (
    <footer className="mt-16 border-t border-line bg-subtle/60">
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        <ul className="grid gap-4 border-b border-line py-8 sm:grid-cols-3 sm:gap-6">
          {TRUST_POINTS.map(({ icon: Icon, title, text }) => (
            <li key={title} className="flex items-center gap-3">
              <span className="grid size-10 shrink-0 place-items-center rounded-full bg-surface text-brand shadow-card">
                <Icon className="size-5" />
              </span>
              <span className="text-sm">
                <span className="block font-semibold text-fg">{title}</span>
                <span className="block text-fg-muted">{text}</span>
              </span>
            </li>
          ))}
        </ul>

        <div className="grid gap-10 py-10 md:grid-cols-[1.4fr_repeat(3,1fr)]">
          <div className="max-w-xs">
            <p className="font-display text-2xl font-semibold tracking-tight">{store.name}</p>
            <p className="mt-3 text-sm leading-relaxed text-fg-muted">
              Thoughtfully chosen everyday goods, delivered to your door. Browse as a guest: no account needed.
            </p>
          </div>
          <nav aria-label="Footer" className="grid grid-cols-3 gap-4 sm:gap-8 md:col-span-3">
            {COLUMNS.map((column) => (
              <div key={column.title}>
                <h2 className="text-xs font-semibold tracking-[0.14em] text-fg uppercase">{column.title}</h2>
                <ul className="mt-4 space-y-3">
                  {column.links.map((link) => (
                    <li key={link.label}>
                      {link.href.startsWith("http") ? (
                        <a href={link.href} className="text-sm text-fg-muted transition-colors hover:text-fg">
                          {link.label}
                        </a>
                      ) : (
                        <Link href={link.href} className="text-sm text-fg-muted transition-colors hover:text-fg">
                          {link.label}
                          <LinkPendingMarker />
                        </Link>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        </div>

        <div className="flex flex-col gap-2 border-t border-line py-6 text-xs text-fg-muted sm:flex-row sm:items-center sm:justify-between">
          <p>
            © {year} {store.name}. All rights reserved.
          </p>
          <p>
            Powered by{" "}
            <a
              href="https://www.commercengine.io"
              className="font-medium text-fg underline decoration-line-strong underline-offset-4 hover:decoration-fg"
            >
              Commerce Engine
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}

/** The year for the copyright line, part of the cached shell and refreshed daily. */
async function currentYear(): Promise<number> {
  "use cache";
  cacheLife("days");
  return new Date().getFullYear();
}
