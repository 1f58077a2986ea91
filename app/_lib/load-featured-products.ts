import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Product } from "@commercengine/storefront-sdk";
import { listProducts } from "@/lib/commerce/catalog";

export type FeaturedProductsResult = { ok: true; products: Product[] } | { ok: false };

/**
 * The products the home page picks from (hero artwork, new arrivals, sale, category images): one cached
 * request. Never rejects: an unreachable API becomes `{ ok: false }` and a notice.
 */
export async function loadFeaturedProducts(limit = 48): Promise<FeaturedProductsResult> {
  try {
    return { ok: true, products: (await listProducts({ limit })).products };
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[home] could not load products: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false };
  }
}
