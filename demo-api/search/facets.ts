import type { SearchProductsContent } from "@commercengine/storefront-sdk";
import { FIXED_ATTRIBUTES, PRODUCT_ATTRIBUTE_PREFIX } from "./attributes";
import type { SearchRecord } from "./filter-eval";
import { foldText } from "./normalize";

/** As Meilisearch's default `maxValuesPerFacet`: a facet lists at most this many values. */
export const MAX_VALUES_PER_FACET = 100;

export type FacetResult = Pick<SearchProductsContent, "facet_distribution" | "facet_stats">;

const collator = new Intl.Collator("en", { numeric: true });

/** The requested facet names with `*` replaced by every attribute the records have. */
export function expandFacetNames(requested: readonly string[], records: readonly SearchRecord[]): string[] {
  if (!requested.includes("*")) return [...new Set(requested)];
  const productAttributes = new Set<string>();
  for (const record of records) {
    for (const name of record.keys()) if (name.startsWith(PRODUCT_ATTRIBUTE_PREFIX)) productAttributes.add(name);
  }
  return [...FIXED_ATTRIBUTES, ...[...productAttributes].sort()];
}

/**
 * Counts each facet's values over the records (a record counts once per distinct value; values
 * differing only in case are one value, shown as first seen), listed in alphabetical/numeric order.
 * Facets with numeric values also get min/max stats.
 */
export function computeFacets(records: readonly SearchRecord[], facetNames: readonly string[]): FacetResult {
  const distribution: [string, Record<string, number>][] = [];
  const stats: [string, { min: number; max: number }][] = [];
  for (const name of facetNames) {
    const counts = new Map<string, { label: string; count: number }>();
    let min = Infinity;
    let max = -Infinity;
    for (const record of records) {
      const value = record.get(name);
      if (value === undefined || value === null) continue;
      const elements = typeof value === "object" ? value : [value];
      const seen = new Set<string>();
      for (const element of elements) {
        if (typeof element === "number") {
          min = Math.min(min, element);
          max = Math.max(max, element);
        }
        const label = String(element);
        const key = foldText(label);
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key);
        if (entry) entry.count += 1;
        else counts.set(key, { label, count: 1 });
      }
    }
    const listed = [...counts.values()]
      .sort((a, b) => collator.compare(a.label, b.label))
      .slice(0, MAX_VALUES_PER_FACET)
      .map(({ label, count }): [string, number] => [label, count]);
    // Object.fromEntries defines own properties, so a value such as "__proto__" stays a plain key.
    distribution.push([name, Object.fromEntries(listed)]);
    if (min <= max) stats.push([name, { min, max }]);
  }
  return { facet_distribution: Object.fromEntries(distribution), facet_stats: Object.fromEntries(stats) };
}
