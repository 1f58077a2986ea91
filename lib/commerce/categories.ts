import "server-only";
import type { Category } from "@commercengine/storefront-sdk";
import { cacheLife, cacheTag } from "next/cache";
import { CATALOG_TAG, CATEGORIES_TAG } from "./cache-tags";
import { publicApi, unwrap } from "./client";

/** A category with its subcategories, as deep as the store nests them. */
export type CategoryNode = Category & { child_categories: CategoryNode[] | null };

/** The whole category tree: top-level categories with their subcategories nested. */
export async function getCategoryTree(): Promise<CategoryNode[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(CATALOG_TAG, CATEGORIES_TAG);
  return unwrap(await publicApi().catalog.listCategories({ nested_level: 5 })).categories.map(toNode);
}

// The API's type nests one level; the data nests as deep as `nested_level` asks.
function toNode(category: Category & { child_categories?: unknown }): CategoryNode {
  const children = Array.isArray(category.child_categories) ? (category.child_categories as Category[]) : null;
  return { ...category, child_categories: children ? children.map(toNode) : null };
}

export interface CategoryInTree {
  category: CategoryNode;
  /** From the top-level category down to the category's parent. */
  ancestors: CategoryNode[];
  children: CategoryNode[];
}

/** A category found by slug in the tree, with its place in it; null when there is none. */
export async function findCategory(slug: string): Promise<CategoryInTree | null> {
  return findIn(await getCategoryTree(), slug, []);
}

function findIn(categories: CategoryNode[], slug: string, ancestors: CategoryNode[]): CategoryInTree | null {
  for (const category of categories) {
    if (category.slug === slug) return { category, ancestors, children: category.child_categories ?? [] };
    const found = findIn(category.child_categories ?? [], slug, [...ancestors, category]);
    if (found) return found;
  }
  return null;
}

/** Every category of the tree, parents before their children. */
export function flattenCategories(categories: CategoryNode[]): CategoryNode[] {
  return categories.flatMap((category) => [category, ...flattenCategories(category.child_categories ?? [])]);
}
