/** The storefront's main navigation, shared by the desktop nav and the mobile menu. */
export interface NavLink {
  href: string;
  label: string;
}

/** A top-level category in the navigation, with its subcategories. */
export interface NavCategory extends NavLink {
  children: NavLink[];
  /** Every page of the branch (the category and all below it), to mark the link current. */
  paths: string[];
}

/** Links shown before the categories in the mobile menu (the wordmark links home on desktops). */
export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Home" },
  { href: "/search", label: "Shop all" },
];

/** How many top-level categories the desktop bar shows; the mobile menu lists them all. */
export const DESKTOP_NAV_CATEGORY_LIMIT = 5;

export function categoryHref(slug: string): string {
  return `/categories/${encodeURIComponent(slug)}`;
}
