import { describe, expect, it } from "vitest";
import { clampQuantity, quantityRule } from "./quantity-rule";

describe("quantityRule", () => {
  it("reads the API's order quantities, with sane floors", () => {
    expect(quantityRule({ min_order_quantity: 2, max_order_quantity: 12, incremental_quantity: 2 })).toEqual({
      min: 2,
      max: 12,
      step: 2,
    });
    expect(quantityRule({ min_order_quantity: 0, max_order_quantity: null, incremental_quantity: 0 })).toEqual({
      min: 1,
      max: null,
      step: 1,
    });
    // A maximum below the minimum would make the product unbuyable: it is ignored.
    expect(quantityRule({ min_order_quantity: 3, max_order_quantity: 1, incremental_quantity: 1 }).max).toBeNull();
  });
});

describe("clampQuantity", () => {
  const pairs = { min: 2, max: 12, step: 2 };
  it.each([
    [2, 2],
    [3, 4],
    [5, 6],
    [1, 2],
    [-8, 2],
    [13, 12],
    [500, 12],
    [Number.NaN, 2],
  ])("%d → %d for pairs up to 12", (value, expected) => {
    expect(clampQuantity(value, pairs)).toBe(expected);
  });

  it("stays on a step below a maximum that is not on one", () => {
    expect(clampQuantity(20, { min: 1, max: 10, step: 3 })).toBe(10);
    expect(clampQuantity(20, { min: 2, max: 11, step: 2 })).toBe(10);
  });
});
