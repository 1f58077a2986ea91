import type { CategoryNode } from "@/lib/commerce/categories";
import { hasFacetValue, searchHref, toggleFacetValue, type SearchState } from "@/app/_lib/search-params";
import type { FacetCounts } from "../_lib/product-facets";
import { FacetCheckLink } from "./facet-check-link";
import { FacetSection } from "./facet-section";

interface CategoryRow {
  name: string;
  count: number;
  depth: number;
}

function countOf(counts: FacetCounts, name: string): number {
  const key = name.toLowerCase();
  return Object.entries(counts).find(([value]) => value.toLowerCase() === key)?.[1] ?? 0;
}

/** The categories the results fall in, in the store's tree order, subcategories indented under their parent. */
function categoryRows(state: SearchState, counts: FacetCounts, tree: CategoryNode[]): CategoryRow[] {
  const rows: CategoryRow[] = [];
  const seen = new Set<string>();
  const visit = (nodes: CategoryNode[], depth: number) => {
    for (const node of nodes) {
      const count = countOf(counts, node.name);
      seen.add(node.name.toLowerCase());
      if (count === 0 && !hasFacetValue(state, "category", node.name)) continue;
      rows.push({ name: node.name, count, depth });
      visit(node.child_categories ?? [], depth + 1);
    }
  };
  visit(tree, 0);
  // Values the tree does not know (it could not be loaded, say) still get a row.
  const extra = [...Object.entries(counts), ...state.category.map((name): [string, number] => [name, 0])];
  for (const [name, count] of extra) {
    if (seen.has(name.toLowerCase()) || (count === 0 && !hasFacetValue(state, "category", name))) continue;
    seen.add(name.toLowerCase());
    rows.push({ name, count, depth: 0 });
  }
  return rows;
}

export function CategoryFacet({
  state,
  counts,
  categories,
}: {
  state: SearchState;
  counts: FacetCounts;
  categories: CategoryNode[];
}) {
  const rows = categoryRows(state, counts, categories);
  if (rows.length === 0) return null;
  return (
    <FacetSection title="Category">
      <ul role="list" className="-mx-2 space-y-0.5">
        {rows.map((row) => (
          <li key={row.name} style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
            <FacetCheckLink
              href={searchHref(toggleFacetValue(state, "category", row.name))}
              label={row.name}
              count={row.count}
              selected={hasFacetValue(state, "category", row.name)}
              emphasis={row.depth === 0}
            />
          </li>
        ))}
      </ul>
    </FacetSection>
  );
}
