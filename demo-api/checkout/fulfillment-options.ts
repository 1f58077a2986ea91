import type {
  CartItem,
  CollectInStore,
  DeliveryOption,
  GetFulfillmentOptionsContent,
} from "@commercengine/storefront-sdk";
import { DEMO_SHIPPING } from "../carts/cart-totals";
import { SHIPMENT_ID } from "./fulfillment-choice";
import { PICKUP_STORES, type PickupStore } from "./pickup-stores";
import { isDeliverablePincode } from "./serviceability";
import { toShipmentItem } from "./shipment-items";
import { SHIPPING_METHODS, type ShippingMethodId } from "./shipping-methods";

export interface FulfillmentOptionsInput {
  items: CartItem[];
  /** The cart's shipping pincode; null before it has an address. */
  pincode: string | null;
  /** What each shipping method would charge this cart, tax included. */
  shippingAmounts: Record<ShippingMethodId, number>;
  /** Leave out the other way of fulfilling, as `fulfillment_type` asks. */
  only: "delivery" | "collect-in-store" | null;
}

/**
 * The ways a cart can reach the shopper: collecting from the demo store (always possible), or delivery of its one
 * shipment by Standard or Express where the pincode is served.
 */
export function buildFulfillmentOptions(input: FulfillmentOptionsInput): GetFulfillmentOptionsContent {
  const deliverable = input.pincode !== null && isDeliverablePincode(input.pincode);
  const recommended = PICKUP_STORES[0]!;
  const deliver: DeliveryOption = {
    is_serviceable: deliverable,
    free_shipping_threshold: DEMO_SHIPPING.freeShippingThreshold,
    shipments: deliverable
      ? [
          {
            id: SHIPMENT_ID,
            items: input.items.map(toShipmentItem),
            shipping_methods: Object.values(SHIPPING_METHODS).map((method) => ({
              id: method.id,
              name: method.name,
              shipping_type: "manual" as const,
              shipping_amount: String(input.shippingAmounts[method.id]),
              estimated_delivery_days: `${method.deliveryDays.min}-${method.deliveryDays.max}`,
            })),
          },
        ]
      : [],
  };
  return {
    summary: {
      collect_available: true,
      deliver_available: deliverable,
      recommended_fulfillment_type: deliverable ? "delivery" : "collect-in-store",
      recommended_store: toCollectInStore(recommended, recommended),
    },
    ...(input.only !== "delivery" && { collect: PICKUP_STORES.map((store) => toCollectInStore(store, recommended)) }),
    ...(input.only !== "collect-in-store" && { deliver }),
  };
}

/** The demo knows no map, so it gives no `distance_km`. */
function toCollectInStore(store: PickupStore, recommended: PickupStore): CollectInStore {
  return { ...store, address: { ...store.address }, is_recommended: store.id === recommended.id };
}
