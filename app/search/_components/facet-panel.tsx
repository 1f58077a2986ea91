import type { CategoryNode } from "@/lib/commerce/categories";
import { hasFacetValue, type SearchState } from "@/app/_lib/search-params";
import { compareNames, compareSizes, type FacetCounts } from "../_lib/product-facets";
import type { SearchFacets } from "../_lib/load-search-results";
import { CategoryFacet } from "./category-facet";
import { FacetSection } from "./facet-section";
import { PillFacet } from "./pill-facet";
import { PriceFilter } from "./price-filter";
import { StockToggle } from "./stock-toggle";

export interface FacetOptionData {
  value: string;
  count: number;
  selected: boolean;
}

/** A facet's values with their counts, plus picked values the results no longer have (so they can be unpicked). */
function facetOptions(
  state: SearchState,
  facet: "color" | "size",
  counts: FacetCounts,
  compare: (a: string, b: string) => number,
): FacetOptionData[] {
  const options = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count, selected: hasFacetValue(state, facet, value) }));
  for (const value of state[facet]) {
    if (!options.some((option) => option.selected && option.value.toLowerCase() === value.toLowerCase())) {
      options.push({ value, count: 0, selected: true });
    }
  }
  return options.sort((a, b) => compare(a.value, b.value));
}

/** Category tree, colours, sizes, price and stock, each with counts; every choice is a link or a GET form. */
export function FacetPanel({
  state,
  facets,
  categories,
  currency,
}: {
  state: SearchState;
  facets: SearchFacets;
  categories: CategoryNode[];
  currency: { code: string; symbol: string };
}) {
  const colors = facetOptions(state, "color", facets.counts.color, compareNames);
  const sizes = facetOptions(state, "size", facets.counts.size, compareSizes);
  return (
    <div className="divide-y divide-line">
      <h2 className="sr-only lg:not-sr-only lg:pb-3 lg:font-display lg:text-lg lg:font-semibold">Filters</h2>
      <CategoryFacet state={state} counts={facets.counts.category} categories={categories} />
      {colors.length > 0 ? (
        <FacetSection title="Colour">
          <PillFacet
            state={state}
            facet="color"
            options={colors}
            swatches={facets.swatches}
            visible={12}
            noun="colours"
          />
        </FacetSection>
      ) : null}
      {sizes.length > 0 ? (
        <FacetSection title="Size">
          <PillFacet state={state} facet="size" options={sizes} visible={12} noun="sizes" />
        </FacetSection>
      ) : null}
      {facets.price || state.min !== null || state.max !== null ? (
        <FacetSection title="Price">
          <PriceFilter state={state} bounds={facets.price} currencySymbol={currency.symbol} />
        </FacetSection>
      ) : null}
      <FacetSection title="Availability">
        <StockToggle state={state} count={facets.inStock} />
      </FacetSection>
    </div>
  );
}
