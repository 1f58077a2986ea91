import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getCategoryTree, type CategoryNode } from "@/lib/commerce/categories";

/** The category tree, or none when the API cannot be reached: search pages then simply list no categories. */
export async function categoryTreeOrEmpty(): Promise<CategoryNode[]> {
  try {
    return await getCategoryTree();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[search] could not load categories: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
