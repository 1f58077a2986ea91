import type { CategoryInTree } from "@/lib/commerce/categories";
import type { Crumb } from "../_lib/category-trail";
import { CategoryBreadcrumbs } from "./category-breadcrumbs";
import { SubcategoryLinks } from "./subcategory-links";

/** The category's breadcrumbs, name, description and neighbouring categories: all from the path. */
export function CategoryHeader({ found, trail }: { found: CategoryInTree; trail: Crumb[] }) {
  const { category } = found;
  return (
    <header className="border-b border-line pb-6 sm:pb-8">
      <CategoryBreadcrumbs trail={trail} />
      <div className="mt-5 max-w-2xl sm:mt-7">
        <h1 className="font-display text-[2.125rem] leading-[1.1] font-semibold tracking-tight break-words text-fg sm:text-5xl">
          {category.name}
        </h1>
        {category.description ? (
          <p className="mt-3 text-base leading-relaxed text-fg-muted sm:mt-4 sm:text-lg">{category.description}</p>
        ) : null}
      </div>
      <SubcategoryLinks found={found} />
    </header>
  );
}
