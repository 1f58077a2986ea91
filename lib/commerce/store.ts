import "server-only";
import { cache } from "react";
import { publicApi, unwrap } from "./client";

export interface StoreInfo {
  name: string;
  logoUrl: string | null;
  currency: { code: string; symbol: string };
}

/** Store name, logo and currency from `GET /store/config`. */
export const getStoreInfo = cache(async (): Promise<StoreInfo> => {
  const store_config = unwrap(await publicApi().store.getStoreConfig())?.store_config;
  return {
    name: store_config?.brand.name ?? "Store",
    logoUrl: store_config?.brand.logo_url ?? null,
    currency: { code: store_config?.currency.code ?? "INR", symbol: store_config?.currency.symbol ?? "₹" },
  };
});
