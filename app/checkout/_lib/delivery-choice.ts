import type { GetFulfillmentOptionsContent, UpdateFulfillmentPreferenceBody } from "@commercengine/storefront-sdk";

/**
 * The delivery step's choices, from the API's fulfillment options: each shipping method (one choice covers every
 * shipment that offers it) and each store to collect from. A choice travels in the form as one radio value that
 * decodes to the fulfillment preference the API takes.
 */

export interface DeliveryChoiceView {
  value: string;
  kind: "delivery" | "collect";
  title: string;
  detail: string;
  /** What it adds to the order; null when the API does not say. */
  price: number | null;
}

type Shipment = { id: string; shipping_provider_id: string };

export function deliveryChoices(options: GetFulfillmentOptionsContent, serviceable: boolean): DeliveryChoiceView[] {
  const choices: DeliveryChoiceView[] = [];
  const shipments = options.deliver?.shipments ?? [];
  if (serviceable && options.summary.deliver_available && options.deliver?.is_serviceable !== false) {
    for (const method of shipments[0]?.shipping_methods ?? []) {
      if (!method.id) continue;
      const methodId = method.id;
      const chosen: Shipment[] = shipments.map((shipment) => ({
        id: shipment.id,
        shipping_provider_id: shipment.shipping_methods.some((other) => other.id === methodId)
          ? methodId
          : (shipment.shipping_methods[0]?.id ?? methodId),
      }));
      const price = Number(method.shipping_amount);
      choices.push({
        value: `delivery:${encodeURIComponent(JSON.stringify(chosen))}`,
        kind: "delivery",
        title: method.name ?? "Delivery",
        detail: method.estimated_delivery_days
          ? `Arrives in ${method.estimated_delivery_days} days`
          : "Delivered to your address",
        price: Number.isFinite(price) ? price : null,
      });
    }
  }
  if (options.summary.collect_available) {
    for (const store of options.collect ?? []) {
      if (!store.id) continue;
      const address = store.address;
      choices.push({
        value: `collect:${encodeURIComponent(store.id)}`,
        kind: "collect",
        title: `Pick up at ${store.name ?? address?.name ?? "our store"}`,
        detail: address ? [address.address_line1, address.city].filter(Boolean).join(", ") : "Collect in store",
        price: 0,
      });
    }
  }
  return choices;
}

/** The fulfillment preference a submitted radio value stands for, or null for anything that is not one. */
export function readDeliveryChoice(value: FormDataEntryValue | null): UpdateFulfillmentPreferenceBody | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (value.startsWith("collect:")) {
    const id = safeDecode(value.slice("collect:".length));
    return id ? { fulfillment_type: "collect-in-store", pickup_location_id: id } : null;
  }
  if (value.startsWith("delivery:")) {
    const json = safeDecode(value.slice("delivery:".length));
    const shipments = json ? parseShipments(json) : null;
    return shipments ? { fulfillment_type: "delivery", shipments } : null;
  }
  return null;
}

/** The radio value of the preference the cart already has, so the step shows the shopper's earlier choice. */
export function chosenValue(
  preference: UpdateFulfillmentPreferenceBody | { fulfillment_type: string } | undefined,
  choices: readonly DeliveryChoiceView[],
): string | null {
  if (!preference) return null;
  const wanted = JSON.stringify(readableChoice(preference));
  return (
    choices.find((choice) => JSON.stringify(readableChoice(readDeliveryChoice(choice.value))) === wanted)?.value ?? null
  );
}

function readableChoice(preference: unknown): unknown {
  if (typeof preference !== "object" || preference === null) return null;
  const { fulfillment_type, pickup_location_id, shipments } = preference as Record<string, unknown>;
  if (fulfillment_type === "collect-in-store") return { pickup_location_id };
  if (fulfillment_type === "delivery" && Array.isArray(shipments)) {
    return (shipments as Shipment[]).map((shipment) => [shipment.id, shipment.shipping_provider_id]);
  }
  return null;
}

function parseShipments(json: string): Shipment[] | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length === 0 || value.length > 20) return null;
    const shipments = value.filter(
      (entry): entry is Shipment =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as Shipment).id === "string" &&
        typeof (entry as Shipment).shipping_provider_id === "string",
    );
    return shipments.length === value.length
      ? shipments.map(({ id, shipping_provider_id }) => ({ id, shipping_provider_id }))
      : null;
  } catch {
    return null;
  }
}

function safeDecode(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value);
    return decoded === "" ? null : decoded;
  } catch {
    return null;
  }
}
