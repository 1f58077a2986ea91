import { describe, expect, it } from "vitest";
import { signInRedirect } from "./signed-in-paths";

describe("signInRedirect", () => {
  it("sends a guest from an order or the order history to sign in, and back afterwards", () => {
    expect(signInRedirect("/orders/AG-100001", "", false)).toBe("/sign-in?next=%2Forders%2FAG-100001");
    expect(signInRedirect("/account/orders", "?page=2", false)).toBe("/sign-in?next=%2Faccount%2Forders%3Fpage%3D2");
  });

  it("starts a guest's checkout at the contact step", () => {
    for (const path of ["/checkout/address", "/checkout/delivery", "/checkout/review"]) {
      expect(signInRedirect(path, "", false)).toBe("/checkout/contact");
    }
  });

  it("leaves open pages, and a signed-in shopper, alone", () => {
    for (const path of ["/", "/cart", "/checkout", "/checkout/contact", "/checkout/verify", "/sign-in", "/orders"]) {
      expect(signInRedirect(path, "", false)).toBeNull();
    }
    expect(signInRedirect("/orders/AG-100001", "", true)).toBeNull();
    expect(signInRedirect("/checkout/review", "", true)).toBeNull();
  });
});
