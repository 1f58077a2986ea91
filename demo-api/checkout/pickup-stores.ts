import type { CollectInStore } from "@commercengine/storefront-sdk";
import { STORE_SEED } from "../catalog/seed/store";

/** A store where shoppers collect their orders. */
export type PickupStore = Required<Pick<CollectInStore, "id" | "name" | "collect_eta_minutes" | "address">>;

/** The demo store has one shop, in Bengaluru; the first store listed is the one recommended. */
export const PICKUP_STORES: readonly PickupStore[] = [
  {
    id: "store_blr_indiranagar",
    name: `${STORE_SEED.name} Indiranagar`,
    collect_eta_minutes: 120,
    address: {
      name: `${STORE_SEED.name} Indiranagar`,
      address_line1: "12, 100 Feet Road, HAL 2nd Stage",
      address_line2: "Indiranagar",
      landmark: "Near Indiranagar Metro Station",
      pincode: "560038",
      city: "Bengaluru",
      state: "Karnataka",
      country: "India",
      country_code: "+91",
    },
  },
];

export function findPickupStore(id: string): PickupStore | undefined {
  return PICKUP_STORES.find((store) => store.id === id);
}
