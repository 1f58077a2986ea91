import type { Item } from "@commercengine/storefront-sdk";
import { foldText } from "./normalize";

/** The API considers only the first ten words of a query. */
export const MAX_QUERY_TERMS = 10;

export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_TERMS);
}

/** How well an item matches a query. Both counts rank higher when larger, `nameTerms` first. */
export interface TextRelevance {
  /** Terms found in the product or variant name. */
  nameTerms: number;
  /** Terms found at the start of a word somewhere ("shirt" in "T-Shirt", not "tee" in "Steel"). */
  wordStartTerms: number;
}

/**
 * Every term must occur (as a case- and accent-insensitive substring) in the name, variant name,
 * short description, SKU, a tag or a category name. Null when the item does not match.
 */
export function textRelevance(item: Item, terms: readonly string[]): TextRelevance | null {
  const names = [item.product_name, item.variant_name].filter((text) => text !== null).map(foldText);
  const others = [
    item.short_description,
    item.sku,
    ...(item.tags ?? []),
    ...(item.categories ?? []).map((category) => category.name),
  ]
    .filter((text) => text !== null)
    .map(foldText);
  const fields = [...names, ...others];

  const relevance: TextRelevance = { nameTerms: 0, wordStartTerms: 0 };
  for (const term of terms) {
    if (!fields.some((field) => field.includes(term))) return null;
    if (names.some((field) => field.includes(term))) relevance.nameTerms += 1;
    if (fields.some((field) => startsWord(field, term))) relevance.wordStartTerms += 1;
  }
  return relevance;
}

/** Sort comparator putting the more relevant match first. */
export function compareRelevance(a: TextRelevance, b: TextRelevance): number {
  return b.nameTerms - a.nameTerms || b.wordStartTerms - a.wordStartTerms;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function startsWord(field: string, term: string): boolean {
  for (let index = field.indexOf(term); index !== -1; index = field.indexOf(term, index + 1)) {
    if (index === 0 || !WORD_CHARACTER.test(field.charAt(index - 1))) return true;
  }
  return false;
}
