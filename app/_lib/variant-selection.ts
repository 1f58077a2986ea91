import type { AssociatedOption, VariantOption } from "@commercengine/storefront-sdk";

/**
 * Choosing a product variant, with the choice kept in the URL. Pure: no I/O, safe in client code.
 *
 * URL mapping (one query parameter per option):
 * - The parameter name is the option's `key` from `variant_options` (the API already makes it lower-case and
 *   lookup-safe: `color`, `size`, `product_type`).
 * - The value is a slug of the option value's name (for colours, the colour's `name`, never its hex code):
 *   accents dropped, lower-cased, each run of other characters than a–z and 0–9 turned into one "-", no "-" at
 *   either end. "Heather Grey" → `heather-grey`, "UK 7" → `uk-7`, "M" → `m`, "Off-White / Ecru" → `off-white-ecru`.
 * - So Heather Grey in M is `?color=heather-grey&size=m`. Parameters are written in `variant_options` order;
 *   other parameters (utm_source…) are kept as they are.
 * - An unknown value, or a parameter naming no option, counts as "not chosen", never as an error. If two values of
 *   one option make the same slug, the first one wins. An option with a single value is always chosen.
 *
 * A variant is resolved only when every option is chosen and one variant's `associated_options` match them all.
 */

export type StockState = "in_stock" | "backorder" | "out_of_stock";

export interface OptionValue {
  /** The URL form of the value: see the mapping above. */
  slug: string;
  name: string;
  /** Colour options only: the swatch colour, e.g. "#24304F". */
  hexcode: string | null;
}

export interface OptionGroup {
  key: string;
  name: string;
  type: "color" | "single-select";
  values: OptionValue[];
}

/** Chosen values: option key → value slug. Only chosen options have a key. */
export type Selection = Readonly<Record<string, string>>;

/** What selection needs to know about a variant; the page's own variant type extends it. */
export interface SelectableVariant {
  /** The variant's option values, in the same form as a Selection. */
  options: Selection;
  stock: StockState;
}

export function slugifyOptionValue(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** In stock; out of stock but orderable on backorder (ships later); or not orderable at all. */
export function stockState(item: { stock_available: boolean; backorder?: boolean | null }): StockState {
  if (item.stock_available) return "in_stock";
  return item.backorder === true ? "backorder" : "out_of_stock";
}

export function isBuyable(stock: StockState): boolean {
  return stock !== "out_of_stock";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The name (and hex code) of one option value, which is a string, or a colour object the SDK types loosely. */
function readOptionValue(raw: unknown): { name: string; hexcode: string | null } | null {
  if (typeof raw === "string") return raw.trim() ? { name: raw.trim(), hexcode: null } : null;
  if (isRecord(raw) && typeof raw.name === "string" && raw.name.trim()) {
    return { name: raw.name.trim(), hexcode: typeof raw.hexcode === "string" ? raw.hexcode : null };
  }
  return null;
}

/** The product's option groups, values narrowed and given their URL slugs. Malformed values are skipped. */
export function optionGroupsOf(variantOptions: readonly VariantOption[] | null | undefined): OptionGroup[] {
  const groups: OptionGroup[] = [];
  for (const option of variantOptions ?? []) {
    if (!option.key) continue;
    const values: OptionValue[] = [];
    for (const raw of option.value ?? []) {
      const value = readOptionValue(raw);
      if (!value) continue;
      const slug = slugifyOptionValue(value.name);
      if (!slug || values.some((existing) => existing.slug === slug)) continue;
      values.push({ slug, name: value.name, hexcode: option.type === "color" ? value.hexcode : null });
    }
    if (values.length > 0) {
      groups.push({
        key: option.key,
        name: option.name,
        type: option.type === "color" ? "color" : "single-select",
        values,
      });
    }
  }
  return groups;
}

/** A variant's `associated_options` as a Selection (option key → value slug). */
export function variantOptionsOf(associated: AssociatedOption | null | undefined): Selection {
  const options: Record<string, string> = {};
  for (const [key, option] of Object.entries(associated ?? {})) {
    const value = readOptionValue(isRecord(option) ? option.value : undefined);
    if (value) options[key] = slugifyOptionValue(value.name);
  }
  return options;
}

/** The chosen values in a URL's query; anything that is not a value of an option is ignored. */
export function parseSelection(
  params: { get(name: string): string | null },
  groups: readonly OptionGroup[],
): Selection {
  const selection: Record<string, string> = {};
  for (const group of groups) {
    const only = group.values.length === 1 ? group.values[0] : undefined;
    if (only) {
      selection[group.key] = only.slug;
      continue;
    }
    const raw = params.get(group.key);
    if (raw === null) continue;
    const slug = slugifyOptionValue(raw);
    if (group.values.some((value) => value.slug === slug)) selection[group.key] = slug;
  }
  return selection;
}

/** The query string (with "?", or "" when empty) for a selection, keeping the other parameters of `base`. */
export function selectionSearch(
  selection: Selection,
  groups: readonly OptionGroup[],
  base: Iterable<[string, string]> = [],
): string {
  const optionKeys = new Set(groups.map((group) => group.key));
  const params = new URLSearchParams();
  for (const group of groups) {
    const slug = selection[group.key];
    if (slug !== undefined) params.set(group.key, slug);
  }
  for (const [name, value] of base) if (!optionKeys.has(name)) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The selection with one value chosen; the other choices stay. */
export function withValue(selection: Selection, key: string, slug: string): Selection {
  return { ...selection, [key]: slug };
}

export function isComplete(selection: Selection, groups: readonly OptionGroup[]): boolean {
  return groups.length > 0 && groups.every((group) => selection[group.key] !== undefined);
}

/** The groups not chosen yet, in order. */
export function missingGroups(selection: Selection, groups: readonly OptionGroup[]): OptionGroup[] {
  return groups.filter((group) => selection[group.key] === undefined);
}

/** Does the variant have every chosen value? (An empty selection matches every variant.) */
export function matchesSelection(variant: SelectableVariant, selection: Selection): boolean {
  return Object.entries(selection).every(([key, slug]) => variant.options[key] === slug);
}

/** The variant for a complete selection: all options chosen and all matching; null otherwise. */
export function resolveVariant<V extends SelectableVariant>(
  groups: readonly OptionGroup[],
  variants: readonly V[],
  selection: Selection,
): V | null {
  if (!isComplete(selection, groups)) return null;
  return (
    variants.find((variant) => groups.every((group) => variant.options[group.key] === selection[group.key])) ?? null
  );
}

/**
 * Can this value be bought together with the other chosen options? "available" when a variant with that
 * combination is in stock or on backorder; "sold_out" when such variants exist but none can be ordered;
 * "not_made" when no variant has the combination at all.
 */
export type ValueAvailability = "available" | "sold_out" | "not_made";

export function valueAvailability(
  variants: readonly SelectableVariant[],
  selection: Selection,
  key: string,
  slug: string,
): ValueAvailability {
  const wanted = withValue(selection, key, slug);
  const matching = variants.filter((variant) => matchesSelection(variant, wanted));
  if (matching.length === 0) return "not_made";
  return matching.some((variant) => isBuyable(variant.stock)) ? "available" : "sold_out";
}
