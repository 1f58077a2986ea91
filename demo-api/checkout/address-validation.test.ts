import { describe, expect, it } from "vitest";
import { checkAddress, summarizeFieldErrors } from "./address-validation";

const valid = {
  first_name: " Asha ",
  last_name: "Rao",
  country_code: "+91",
  phone: "98450-12345",
  email: "Asha@Example.COM",
  address_line1: "14, 2nd Cross",
  address_line2: "",
  landmark: null,
  pincode: "560038",
  city: "Bengaluru",
  state: "tamil nadu",
  country: "india",
};

const errorsFor = (overrides: Record<string, unknown>) => {
  const result = checkAddress({ ...valid, ...overrides }, "shipping_address");
  return result.ok ? {} : result.errors;
};

describe("checkAddress", () => {
  it("accepts a good address and tidies it: trimmed, canonical state, bare digits, nulls for blanks", () => {
    const result = checkAddress(valid, "shipping_address");
    expect(result).toEqual({
      ok: true,
      address: {
        first_name: "Asha",
        last_name: "Rao",
        country_code: "+91",
        phone: "9845012345",
        email: "asha@example.com",
        address_line1: "14, 2nd Cross",
        address_line2: null,
        landmark: null,
        pincode: "560038",
        city: "Bengaluru",
        state: "Tamil Nadu",
        country: "India",
        tax_identification_number: null,
        business_name: null,
        is_phone_verified: false,
        is_email_verified: false,
        nickname: null,
      },
    });
  });

  it("defaults the dialling code to +91 and lets the last name go", () => {
    const result = checkAddress({ ...valid, country_code: undefined, last_name: undefined }, "billing_address");
    expect(result.ok && result.address).toMatchObject({ country_code: "+91", last_name: null });
  });

  it.each([
    ["first_name", "", /Enter the first name/],
    ["first_name", "x".repeat(61), /60 characters or fewer/],
    ["first_name", 42, /must be text/],
    ["last_name", "x".repeat(61), /60 characters or fewer/],
    ["phone", "", /10-digit mobile number/],
    ["phone", "984501234", /10-digit/],
    ["phone", "98450123456", /10-digit/],
    ["phone", "4845012345", /starts with 6, 7, 8 or 9/],
    ["phone", "+919845012345", /without \+91/],
    ["country_code", "+44", /\+91/],
    ["email", undefined, /Enter an email address/],
    ["email", "asha@", /valid email address/],
    ["address_line1", " ", /Enter the house number and street/],
    ["address_line2", "x".repeat(121), /120 characters or fewer/],
    ["city", undefined, /Enter the city/],
    ["state", "", /Enter the state/],
    ["state", "KA", /state or union territory of India/],
    ["pincode", "012345", /6-digit pincode that does not start with 0/],
    ["pincode", "5600381", /6-digit/],
    ["pincode", 560038, /6-digit/],
    ["country", "Sri Lanka", /within India only/],
    ["country", undefined, /within India only/],
  ])("explains a bad %s (%j)", (field, value, sentence) => {
    const errors = errorsFor({ [field]: value });
    expect(Object.keys(errors)).toEqual([`shipping_address.${field}`]);
    expect(errors[`shipping_address.${field}`]).toMatch(sentence);
  });

  it("reports every bad field, and a missing address as a whole", () => {
    expect(Object.keys(errorsFor({ first_name: "", phone: "1", pincode: "0" })).sort()).toEqual([
      "shipping_address.first_name",
      "shipping_address.phone",
      "shipping_address.pincode",
    ]);
    expect(checkAddress(null, "billing_address")).toEqual({
      ok: false,
      errors: { billing_address: "Enter the billing address" },
    });
  });
});

describe("summarizeFieldErrors", () => {
  it("names the field and repeats the sentence for one error, and lists the fields for several", () => {
    expect(summarizeFieldErrors({ "shipping_address.address_line1": "Enter the house number and street" })).toBe(
      "Check the shipping address line 1: Enter the house number and street",
    );
    expect(summarizeFieldErrors({ "shipping_address.pincode": "a", "billing_address.email": "b" })).toBe(
      "2 address fields need correcting: shipping address pincode, billing address email",
    );
  });
});
