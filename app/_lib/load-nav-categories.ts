import "server-only";
import { unstable_rethrow } from "next/navigation";
import { flattenCategories, getCategoryTree } from "@/lib/commerce/categories";
import { categoryHref, type NavCategory } from "./nav-links";

/** The top-level categories for the header. Never rejects: without the API the header shows none. */
export async function loadNavCategories(): Promise<NavCategory[]> {
  try {
    return (await getCategoryTree()).map((category) => ({
      href: categoryHref(category.slug),
      label: category.name,
      children: (category.child_categories ?? []).map((child) => ({
        href: categoryHref(child.slug),
        label: child.name,
      })),
      paths: flattenCategories([category]).map((node) => categoryHref(node.slug)),
    }));
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[nav] could not load categories: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
