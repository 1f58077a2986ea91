import type { SearchRecord, SearchValue } from "./filter-eval";

export interface SortKey {
  attribute: string;
  direction: "asc" | "desc";
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Compares two records by the sort keys in turn. Records without a value sort last in either direction. */
export function compareBySortKeys(a: SearchRecord, b: SearchRecord, keys: readonly SortKey[]): number {
  for (const { attribute, direction } of keys) {
    const left = sortableValue(a.get(attribute));
    const right = sortableValue(b.get(attribute));
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
      continue;
    }
    const order = compareValues(left, right);
    if (order !== 0) return direction === "asc" ? order : -order;
  }
  return 0;
}

/** A list sorts by its first element (e.g. a product's first color). */
function sortableValue(value: SearchValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value[0] ?? null;
  return value;
}

function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}
