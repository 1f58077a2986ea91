import type { CategoryInTree } from "@/lib/commerce/categories";
import { DEFAULT_SORT, listingHref } from "./listing-params";

export interface Crumb {
  name: string;
  href: string;
}

/** Home, the category's ancestors, then the category itself: the breadcrumb trail. */
export function categoryTrail({ category, ancestors }: CategoryInTree): Crumb[] {
  return [
    { name: "Home", href: "/" },
    ...[...ancestors, category].map((node) => ({
      name: node.name,
      href: listingHref(node.slug, { sort: DEFAULT_SORT, page: 1 }),
    })),
  ];
}
