import { describe, expect, it } from "vitest";
import { computeCartTotals, type PricedLine } from "../carts/cart-totals";
import { ApiError } from "../http/envelope";
import {
  estimatedDeliveryDays,
  readFulfillmentChoice,
  shippingPolicyFor,
  toWirePreference,
  type FulfillmentChoice,
} from "./fulfillment-choice";

const mug: PricedLine = { quantity: 1, listingPrice: 449, sellingPrice: 449, taxRate: 18 };
const throw_: PricedLine = { quantity: 1, listingPrice: 2399, sellingPrice: 2399, taxRate: 12 };
const standard: FulfillmentChoice = { type: "delivery", methodId: "standard" };
const express: FulfillmentChoice = { type: "delivery", methodId: "express" };
const collect: FulfillmentChoice = { type: "collect-in-store", storeId: "store_blr_indiranagar" };

const shippingFor = (lines: PricedLine[], choice: FulfillmentChoice) =>
  computeCartTotals(lines, null, shippingPolicyFor(choice)).shippingAmountIncludingTax;

function refusal(body: Record<string, unknown>): string {
  try {
    readFulfillmentChoice(body);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe("what each way of fulfilling costs", () => {
  it("charges Standard ₹99 below the threshold and nothing above it", () => {
    expect(shippingFor([mug], standard)).toBe(99);
    expect(shippingFor([throw_], standard)).toBe(0);
  });

  it("always charges Express ₹199, GST included, and never anything for collection", () => {
    expect(shippingFor([mug], express)).toBe(199);
    expect(shippingFor([throw_], express)).toBe(199);
    const totals = computeCartTotals([throw_], null, shippingPolicyFor(express));
    expect(totals.shippingTaxAmount).toBeCloseTo((199 * 18) / 118, 2);
    expect(totals.grandTotal).toBe(2399 + 199);
    expect(shippingFor([mug], collect)).toBe(0);
    expect(computeCartTotals([mug], null, shippingPolicyFor(collect)).grandTotal).toBe(449);
  });

  it("promises the slowest day of each delivery method, and no delivery day for collection", () => {
    expect(estimatedDeliveryDays(standard)).toBe(6);
    expect(estimatedDeliveryDays(express)).toBe(2);
    expect(estimatedDeliveryDays(collect)).toBeNull();
  });
});

describe("readFulfillmentChoice", () => {
  it("reads a delivery method for the cart's shipment, and a pickup store", () => {
    expect(
      readFulfillmentChoice({
        fulfillment_type: "delivery",
        shipments: [{ id: "shp_1", shipping_provider_id: "express", courier_company_id: null }],
      }),
    ).toEqual(express);
    expect(
      readFulfillmentChoice({ fulfillment_type: "collect-in-store", pickup_location_id: "store_blr_indiranagar" }),
    ).toEqual(collect);
  });

  it.each([
    [{}, /fulfillment_type must be "delivery" or "collect-in-store"/],
    [{ fulfillment_type: "partial-collect-and-delivery" }, /does not split an order/],
    [{ fulfillment_type: "delivery" }, /shipments must choose a shipping method/],
    [{ fulfillment_type: "delivery", shipments: ["shp_1"] }, /shipments\[0\] must be an object/],
    [
      { fulfillment_type: "delivery", shipments: [{ shipping_provider_id: "standard" }] },
      /shipments\[0\].id is required/,
    ],
    [
      { fulfillment_type: "delivery", shipments: [{ id: "shp_2", shipping_provider_id: "standard" }] },
      /shp_2 is not part/,
    ],
    [{ fulfillment_type: "delivery", shipments: [{ id: "shp_1" }] }, /shipping_provider_id is required/],
    [
      { fulfillment_type: "delivery", shipments: [{ id: "shp_1", shipping_provider_id: "overnight" }] },
      /overnight is not offered/,
    ],
    [
      {
        fulfillment_type: "delivery",
        shipments: [
          { id: "shp_1", shipping_provider_id: "standard" },
          { id: "shp_1", shipping_provider_id: "express" },
        ],
      },
      /listed more than once/,
    ],
    [{ fulfillment_type: "collect-in-store" }, /pickup_location_id is required/],
    [{ fulfillment_type: "collect-in-store", pickup_location_id: "store_moon" }, /store_moon does not exist/],
  ])("refuses %j", (body, message) => {
    expect(refusal(body)).toMatch(message);
  });
});

describe("toWirePreference", () => {
  it("names the method or the store, and says who chose", () => {
    expect(toWirePreference(express, "user")).toEqual({
      fulfillment_type: "delivery",
      preference_type: "user",
      shipments: [
        {
          id: "shp_1",
          shipping_provider_id: "express",
          shipping_provider_name: "Express",
          courier_company_id: null,
          courier_company_name: null,
        },
      ],
    });
    expect(toWirePreference(collect, "auto")).toEqual({
      fulfillment_type: "collect-in-store",
      preference_type: "auto",
      pickup_location_id: "store_blr_indiranagar",
      pickup_location_name: "Aurora Goods Indiranagar",
    });
  });
});
