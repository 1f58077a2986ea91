import { describe, expect, it } from "vitest";
import { firstOpenStepPath, redirectForStep, type CheckoutProgress } from "./checkout-steps";

const done: CheckoutProgress = { signedIn: true, hasItems: true, hasAddress: true, hasDelivery: true };

describe("checkout steps", () => {
  it("starts a guest at the contact step, even with an empty cart (their account may hold one)", () => {
    const guest = { ...done, signedIn: false, hasItems: false };
    expect(firstOpenStepPath(guest)).toBe("/checkout/contact");
    expect(redirectForStep("address", guest)).toBe("/checkout/contact");
    expect(redirectForStep("review", guest)).toBe("/checkout/contact");
    expect(redirectForStep("contact", guest)).toBeNull();
  });

  it("sends a signed-in shopper with nothing to buy back to the cart", () => {
    const empty = { ...done, hasItems: false };
    expect(firstOpenStepPath(empty)).toBe("/cart");
    expect(redirectForStep("address", empty)).toBe("/cart");
    expect(redirectForStep("review", empty)).toBe("/cart");
  });

  it("leads a shopper whose cart just became an order back to that order", () => {
    const paid = { ...done, hasItems: false, placedOrder: "AG-100001" };
    expect(firstOpenStepPath(paid)).toBe("/orders/AG-100001");
    expect(redirectForStep("review", paid)).toBe("/orders/AG-100001");
  });

  it("lets a shopper on any step up to the first open one, and back to earlier ones", () => {
    const noDelivery = { ...done, hasDelivery: false };
    expect(firstOpenStepPath(noDelivery)).toBe("/checkout/delivery");
    expect(redirectForStep("address", noDelivery)).toBeNull();
    expect(redirectForStep("delivery", noDelivery)).toBeNull();
    expect(redirectForStep("review", noDelivery)).toBe("/checkout/delivery");
    expect(redirectForStep("delivery", { ...done, hasAddress: false })).toBe("/checkout/address");
  });

  it("opens review once everything is done", () => {
    expect(firstOpenStepPath(done)).toBe("/checkout/review");
    expect(redirectForStep("review", done)).toBeNull();
  });
});
