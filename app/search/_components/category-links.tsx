import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import type { CategoryNode } from "@/lib/commerce/categories";
import { ArrowRightIcon } from "@/app/_components/icons";

/** The store's categories as a way out of a dead end: top-level ones with their subcategories. */
export function CategoryLinks({ categories }: { categories: CategoryNode[] }) {
  if (categories.length === 0) return null;
  return (
    <section aria-labelledby="browse-categories" className="mt-10 text-left">
      <h2 id="browse-categories" className="font-display text-xl font-semibold tracking-tight">
        Browse by category
      </h2>
      <ul role="list" className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {categories.map((category) => (
          <li key={category.id} className="rounded-card border border-line bg-surface p-4">
            <Link
              href={`/categories/${encodeURIComponent(category.slug)}`}
              className="group inline-flex items-center gap-1.5 font-semibold text-fg hover:text-brand"
            >
              {category.name}
              <ArrowRightIcon className="size-4 transition-transform group-hover:translate-x-0.5" />
              <LinkPendingMarker />
            </Link>
            {category.child_categories && category.child_categories.length > 0 ? (
              <ul role="list" className="mt-2 flex flex-wrap gap-x-3 gap-y-1">
                {category.child_categories.map((child) => (
                  <li key={child.id}>
                    <Link
                      href={`/categories/${encodeURIComponent(child.slug)}`}
                      className="text-sm text-fg-muted underline-offset-4 hover:text-fg hover:underline"
                    >
                      {child.name}
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
  );
}
