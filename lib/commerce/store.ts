import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CATALOG_TAG, STORE_TAG } from "./cache-tags";
import { publicApi, unwrap } from "./client";

export interface StoreInfo {
  name: string;
  logoUrl: string | null;
  currency: { code: string; symbol: string };
}

/** Store name, logo and currency from `GET /store/config`; the same for every shopper, so cached. */
export async function getStoreInfo(): Promise<StoreInfo> {
  "use cache";
  cacheLife("hours");
  cacheTag(CATALOG_TAG, STORE_TAG);
  const store_config = unwrap(await publicApi().store.getStoreConfig())?.store_config;
  return {
    name: store_config?.brand.name ?? "Store",
    logoUrl: store_config?.brand.logo_url ?? null,
    currency: { code: store_config?.currency.code ?? "INR", symbol: store_config?.currency.symbol ?? "₹" },
  };
}
