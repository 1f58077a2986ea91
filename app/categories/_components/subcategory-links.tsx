import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import type { CategoryInTree, CategoryNode } from "@/lib/commerce/categories";
import { DEFAULT_SORT, listingHref } from "../_lib/listing-params";

/**
 * Chips to move around the category's branch: "All <parent>" and its subcategories. On a category
 * with children those are its own; on a leaf, its siblings (with itself marked as current).
 */
export function SubcategoryLinks({ found }: { found: CategoryInTree }) {
  const { category, ancestors, children } = found;
  const parent = ancestors.at(-1);
  const branch: { root: CategoryNode; items: CategoryNode[] } | null =
    children.length > 0
      ? { root: category, items: children }
      : parent && (parent.child_categories?.length ?? 0) > 1
        ? { root: parent, items: parent.child_categories ?? [] }
        : null;
  if (!branch) return null;

  const chips = [
    { node: branch.root, label: `All ${branch.root.name}` },
    ...branch.items.map((node) => ({ node, label: node.name })),
  ];
  return (
    <nav aria-label={`${branch.root.name} categories`} className="mt-6 sm:mt-8">
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none] sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 [&::-webkit-scrollbar]:hidden">
        {chips.map(({ node, label }) => {
          const current = node.id === category.id;
          return (
            <li key={node.id} className="shrink-0">
              <Link
                href={listingHref(node.slug, { sort: DEFAULT_SORT, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`inline-flex h-10 items-center rounded-full border px-4 text-sm font-medium whitespace-nowrap transition-colors ${
                  current
                    ? "border-fg bg-fg text-canvas"
                    : "border-line-strong bg-surface text-fg hover:border-fg/40 hover:bg-subtle"
                }`}
              >
                {label}
                <LinkPendingMarker />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
