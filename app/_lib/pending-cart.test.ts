import { describe, expect, it } from "vitest";
import { cartLineKey, type CartLineView, type CartView } from "./cart-view";
import { applyPendingChanges, pendingLine } from "./pending-cart";

function line(productId: string, quantity: number, unitPrice = 100): CartLineView {
  return {
    key: cartLineKey(productId, null),
    productId,
    variantId: null,
    slug: productId,
    name: productId,
    imageUrl: null,
    options: [],
    quantity,
    unitPrice,
    listPrice: unitPrice,
    lineTotal: unitPrice * quantity,
    minQuantity: 1,
    maxQuantity: null,
    step: 1,
  };
}

function cart(...lines: CartLineView[]): CartView {
  const itemCount = lines.reduce((sum, entry) => sum + entry.quantity, 0);
  return {
    id: "cart-1",
    currency: "INR",
    lines,
    itemCount,
    taxIncluded: true,
    subtotal: 0,
    couponCode: null,
    couponDiscount: 0,
    promotionDiscount: 0,
    shipping: 0,
    tax: 0,
    savings: 0,
    total: 0,
  };
}

const candle = pendingLine({
  productId: "candle",
  variantId: null,
  slug: "candle",
  name: "Candle",
  imageUrl: null,
  options: [],
  unitPrice: 899,
  listPrice: 899,
  minQuantity: 1,
  maxQuantity: 5,
  step: 1,
});

describe("applyPendingChanges", () => {
  it("draws the confirmed cart as it is when nothing is pending", () => {
    const shown = applyPendingChanges(cart(line("mug", 2)), []);
    expect(shown).toMatchObject({ itemCount: 2, pending: false });
    expect(shown.lines[0]).toMatchObject({ quantity: 2, pending: false });
  });

  it("adds a new line at the end and counts every click", () => {
    const changes = Array.from({ length: 5 }, () => ({ kind: "add" as const, line: candle, quantity: 1 }));
    const shown = applyPendingChanges(cart(line("mug", 1)), changes);
    expect(shown.itemCount).toBe(6);
    expect(shown.lines.map((entry) => [entry.productId, entry.quantity, entry.pending])).toEqual([
      ["mug", 1, false],
      ["candle", 5, true],
    ]);
    expect(shown.lines[1]!.lineTotal).toBe(5 * 899);
    expect(shown.pending).toBe(true);
  });

  it("adds to a line already in the cart, in place", () => {
    const shown = applyPendingChanges(cart(line("candle", 2, 899), line("mug", 1)), [
      { kind: "add", line: candle, quantity: 1 },
    ]);
    expect(shown.lines.map((entry) => [entry.productId, entry.quantity])).toEqual([
      ["candle", 3],
      ["mug", 1],
    ]);
  });

  it("sets quantities and removes a line set to 0", () => {
    const base = cart(line("candle", 2), line("mug", 1));
    const shown = applyPendingChanges(base, [
      { kind: "set", key: cartLineKey("candle", null), quantity: 4 },
      { kind: "set", key: cartLineKey("mug", null), quantity: 0 },
    ]);
    expect(shown.lines.map((entry) => [entry.productId, entry.quantity])).toEqual([["candle", 4]]);
    expect(shown.itemCount).toBe(4);
  });

  it("ignores a change to a line that is not there, and starts from an empty cart when there is none", () => {
    expect(applyPendingChanges(null, [{ kind: "set", key: "gone:", quantity: 3 }]).lines).toEqual([]);
    expect(applyPendingChanges(null, [{ kind: "add", line: candle, quantity: 2 }]).itemCount).toBe(2);
  });
});
