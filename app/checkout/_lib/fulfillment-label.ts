import type { FulfillmentPreference } from "@commercengine/storefront-sdk";

/** How a cart or order reaches the shopper, in a few words ("Standard delivery", "Pick up at Aurora Goods, Indiranagar"). */
export function fulfillmentLabel(preference: FulfillmentPreference | undefined): string {
  if (!preference) return "Standard delivery";
  if (preference.fulfillment_type === "collect-in-store") {
    return `Pick up at ${preference.pickup_location_name ?? "our store"}`;
  }
  if (preference.fulfillment_type === "delivery") {
    const method = preference.shipments[0];
    const name = method?.shipping_provider_name ?? method?.shipping_provider_id;
    return name ? `${name} delivery` : "Delivery";
  }
  return "Delivery";
}
