import type { GetFulfillmentOptionsContent } from "@commercengine/storefront-sdk";
import { describe, expect, it } from "vitest";
import { chosenValue, deliveryChoices, readDeliveryChoice } from "./delivery-choice";

const OPTIONS: GetFulfillmentOptionsContent = {
  summary: { collect_available: true, deliver_available: true, recommended_fulfillment_type: "delivery" },
  collect: [
    {
      id: "store_1",
      name: "Aurora Goods Studio",
      address: {
        name: "Aurora Goods Studio",
        address_line1: "12 Church Street",
        pincode: "560001",
        city: "Bengaluru",
        state: "Karnataka",
        country: "India",
        country_code: "+91",
      },
    },
  ],
  deliver: {
    is_serviceable: true,
    free_shipping_threshold: 999,
    shipments: [
      {
        id: "shp_1",
        items: [],
        shipping_methods: [
          { id: "standard", name: "Standard", shipping_amount: "99", estimated_delivery_days: "4-6" },
          { id: "express", name: "Express", shipping_amount: "199", estimated_delivery_days: "1-2" },
        ],
      },
    ],
  },
};

describe("deliveryChoices", () => {
  it("offers each shipping method and each store, with price and timing", () => {
    const choices = deliveryChoices(OPTIONS, true);
    expect(choices.map((choice) => [choice.title, choice.detail, choice.price])).toEqual([
      ["Standard", "Arrives in 4-6 days", 99],
      ["Express", "Arrives in 1-2 days", 199],
      ["Pick up at Aurora Goods Studio", "12 Church Street, Bengaluru", 0],
    ]);
  });

  it("offers only pickup where the PIN code cannot be delivered to", () => {
    expect(deliveryChoices(OPTIONS, false).map((choice) => choice.kind)).toEqual(["collect"]);
  });
});

describe("readDeliveryChoice", () => {
  it("turns a radio value back into the preference the API takes", () => {
    const [, express, pickup] = deliveryChoices(OPTIONS, true);
    expect(readDeliveryChoice(express!.value)).toEqual({
      fulfillment_type: "delivery",
      shipments: [{ id: "shp_1", shipping_provider_id: "express" }],
    });
    expect(readDeliveryChoice(pickup!.value)).toEqual({
      fulfillment_type: "collect-in-store",
      pickup_location_id: "store_1",
    });
  });

  it("refuses anything else", () => {
    for (const value of [
      null,
      "",
      "teleport:now",
      "delivery:%E0%A4%A",
      "delivery:[]",
      'delivery:[{"id":1}]',
      "collect:",
    ]) {
      expect(readDeliveryChoice(value)).toBeNull();
    }
  });

  it("finds the choice the cart already has", () => {
    const choices = deliveryChoices(OPTIONS, true);
    const saved = { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "express" }] };
    expect(chosenValue(saved, choices)).toBe(choices[1]!.value);
    expect(chosenValue(undefined, choices)).toBeNull();
  });
});
