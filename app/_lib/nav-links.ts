/** The storefront's main navigation, shared by the desktop nav and the mobile menu. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [
  { href: "/", label: "Home" },
  { href: "/search", label: "Shop all" },
  { href: "/search?sort=new", label: "New" },
];
