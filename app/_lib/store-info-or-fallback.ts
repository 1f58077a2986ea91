import "server-only";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { getStoreInfo, type StoreInfo } from "@/lib/commerce/store";

export const FALLBACK_STORE_INFO: StoreInfo = { name: "Store", logoUrl: null, currency: { code: "INR", symbol: "₹" } };

/**
 * The store's name and currency, or a neutral fallback when the API cannot be reached, so the layout
 * (header, footer, page title) still renders and the page below can explain what went wrong.
 */
export const storeInfoOrFallback = cache(async (): Promise<StoreInfo & { available: boolean }> => {
  try {
    return { ...(await getStoreInfo()), available: true };
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[store] could not load the store config: ${error instanceof Error ? error.message : String(error)}`);
    return { ...FALLBACK_STORE_INFO, available: false };
  }
});
