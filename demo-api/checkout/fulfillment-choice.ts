import type { FulfillmentPreference } from "@commercengine/storefront-sdk";
import type { ShippingPolicy } from "../carts/cart-totals";
import { badRequest } from "../http/envelope";
import { findPickupStore, PICKUP_STORES } from "./pickup-stores";
import {
  COLLECT_IN_STORE_POLICY,
  findShippingMethod,
  SHIPPING_METHODS,
  type ShippingMethodId,
} from "./shipping-methods";

/** How the shopper will receive the order, as a cart keeps it. */
export type FulfillmentChoice =
  { type: "delivery"; methodId: ShippingMethodId } | { type: "collect-in-store"; storeId: string };

/** The demo ships every order in one parcel, so a cart has exactly one shipment, always with this id. */
export const SHIPMENT_ID = "shp_1";

/** What applies until the shopper chooses. */
export const DEFAULT_FULFILLMENT: FulfillmentChoice = { type: "delivery", methodId: "standard" };

/** Reads a `FulfillmentPreference` request body; unknown shipments, methods and stores are refused with a reason. */
export function readFulfillmentChoice(body: Record<string, unknown>): FulfillmentChoice {
  switch (body.fulfillment_type) {
    case "delivery":
      return { type: "delivery", methodId: readShippingMethod(body.shipments) };
    case "collect-in-store":
      return { type: "collect-in-store", storeId: readPickupLocation(body.pickup_location_id) };
    case "partial-collect-and-delivery":
      throw badRequest(
        'The demo store does not split an order between collection and delivery: choose "delivery" or "collect-in-store"',
        { fulfillment_type: "not supported" },
      );
    default:
      throw badRequest('fulfillment_type must be "delivery" or "collect-in-store"', { fulfillment_type: "invalid" });
  }
}

export function shippingPolicyFor(choice: FulfillmentChoice): ShippingPolicy {
  return choice.type === "delivery" ? SHIPPING_METHODS[choice.methodId].policy : COLLECT_IN_STORE_POLICY;
}

/** The latest the parcel should arrive, in days; null when nothing is delivered. */
export function estimatedDeliveryDays(choice: FulfillmentChoice): number | null {
  return choice.type === "delivery" ? SHIPPING_METHODS[choice.methodId].deliveryDays.max : null;
}

/** The choice as the API shows it: `user` when the shopper made it, `auto` when the store applied its default. */
export function toWirePreference(choice: FulfillmentChoice, preferenceType: "user" | "auto"): FulfillmentPreference {
  if (choice.type === "collect-in-store") {
    return {
      fulfillment_type: "collect-in-store",
      preference_type: preferenceType,
      pickup_location_id: choice.storeId,
      pickup_location_name: findPickupStore(choice.storeId)?.name ?? choice.storeId,
    };
  }
  const method = SHIPPING_METHODS[choice.methodId];
  return {
    fulfillment_type: "delivery",
    preference_type: preferenceType,
    shipments: [
      {
        id: SHIPMENT_ID,
        shipping_provider_id: method.id,
        shipping_provider_name: method.name,
        courier_company_id: null,
        courier_company_name: null,
      },
    ],
  };
}

function readShippingMethod(shipments: unknown): ShippingMethodId {
  const example = `[{"id": "${SHIPMENT_ID}", "shipping_provider_id": "standard"}]`;
  if (!Array.isArray(shipments) || shipments.length === 0) {
    throw badRequest(`shipments must choose a shipping method for the cart's shipment, e.g. ${example}`, {
      shipments: "required",
    });
  }
  let chosen: ShippingMethodId | null = null;
  for (const [index, entry] of shipments.entries()) {
    const where = `shipments[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw badRequest(`${where} must be an object like ${example}`, { [where]: "invalid" });
    }
    const { id, shipping_provider_id: providerId } = entry as Record<string, unknown>;
    if (typeof id !== "string" || id === "")
      throw badRequest(`${where}.id is required`, { [`${where}.id`]: "required" });
    if (id !== SHIPMENT_ID) {
      throw badRequest(`Shipment ${id.slice(0, 100)} is not part of this cart: its one shipment is "${SHIPMENT_ID}"`, {
        [`${where}.id`]: "unknown",
      });
    }
    if (chosen) throw badRequest(`Shipment ${SHIPMENT_ID} is listed more than once`, { [`${where}.id`]: "duplicate" });
    const method = typeof providerId === "string" ? findShippingMethod(providerId) : undefined;
    if (!method) {
      const named = typeof providerId === "string" ? `Shipping method ${providerId.slice(0, 100)} is not offered` : "";
      throw badRequest(`${named || `${where}.shipping_provider_id is required`}: choose "standard" or "express"`, {
        [`${where}.shipping_provider_id`]: typeof providerId === "string" ? "unknown" : "required",
      });
    }
    chosen = method.id;
  }
  return chosen!;
}

function readPickupLocation(value: unknown): string {
  const choices = PICKUP_STORES.map((store) => store.id).join(", ");
  if (typeof value !== "string" || value === "") {
    throw badRequest(`pickup_location_id is required: choose one of ${choices}`, { pickup_location_id: "required" });
  }
  if (!findPickupStore(value)) {
    throw badRequest(`Pickup location ${value.slice(0, 100)} does not exist: choose one of ${choices}`, {
      pickup_location_id: "unknown",
    });
  }
  return value;
}
