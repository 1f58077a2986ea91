import { describe, expect, it } from "vitest";
import { addressValues, apiFieldErrors, readAddressForm } from "./address-form";

const STATES = ["Karnataka", "Maharashtra", "Tamil Nadu"];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const SHIPPING = {
  first_name: "Asha",
  last_name: "Rao",
  phone: "+91 98765 43210",
  address_line1: "12, 4th Cross, Indiranagar",
  address_line2: "",
  city: "Bengaluru",
  state: "karnataka",
  pincode: "560038",
};

describe("readAddressForm", () => {
  it("turns a valid form into the API's address, billing the same as shipping", () => {
    const result = readAddressForm(form({ ...SHIPPING, billing_same: "on" }), STATES, "asha@example.in");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.shipping).toMatchObject({
      first_name: "Asha",
      last_name: "Rao",
      phone: "9876543210",
      country_code: "+91",
      email: "asha@example.in",
      address_line2: null,
      state: "Karnataka",
      country: "India",
    });
    expect(result.billing).toEqual(result.shipping);
  });

  it("explains each wrong field next to it and keeps what was typed", () => {
    const result = readAddressForm(
      form({ ...SHIPPING, first_name: "", phone: "12345", state: "Atlantis", pincode: "056003", billing_same: "on" }),
      STATES,
      "asha@example.in",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["first_name", "phone", "pincode", "state"]);
    expect(result.fieldErrors.pincode).toMatch(/6 digits/);
    expect(result.values.city).toBe("Bengaluru");
  });

  it("checks a separate billing address under its own names", () => {
    const result = readAddressForm(form({ ...SHIPPING, billing_first_name: "Ravi" }), STATES, "asha@example.in");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toHaveProperty("billing_pincode");
    expect(result.fieldErrors).not.toHaveProperty("pincode");
  });

  it("refuses over-long text", () => {
    const result = readAddressForm(form({ ...SHIPPING, city: "x".repeat(61), billing_same: "on" }), STATES, "a@b.in");
    expect(result.ok).toBe(false);
  });
});

describe("apiFieldErrors and addressValues", () => {
  it("puts the API's explanations on the form's fields", () => {
    const errors = { "shipping_address.pincode": "Not a PIN", "billing_address.city": "Unknown city", cart_id: "x" };
    expect(apiFieldErrors(errors, false)).toEqual({ pincode: "Not a PIN", billing_city: "Unknown city" });
    expect(apiFieldErrors(errors, true)).toEqual({ pincode: "Not a PIN", city: "Unknown city" });
  });

  it("fills the form from a saved address", () => {
    expect(addressValues({ first_name: "Asha", pincode: "560038", last_name: null }, "billing_")).toEqual({
      billing_first_name: "Asha",
      billing_pincode: "560038",
    });
  });
});
