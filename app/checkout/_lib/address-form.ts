import type { AddressInput } from "@/lib/commerce/checkout";

/**
 * The address step's form: reading it, checking it the way the API will (so mistakes are explained next to their
 * field before anything is sent), and turning it into the addresses the API takes. The store ships within India.
 */

export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "address_line1",
  "address_line2",
  "city",
  "state",
  "pincode",
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The billing address's fields carry this prefix; "billing_same" (checked) means billing is the shipping address. */
export const BILLING_PREFIX = "billing_";
export const BILLING_SAME = "billing_same";

export type AddressFormResult =
  | { ok: true; shipping: AddressInput; billing: AddressInput }
  | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> };

const LIMITS: Partial<Record<AddressField, number>> = {
  first_name: 60,
  last_name: 60,
  address_line1: 120,
  address_line2: 120,
  city: 60,
};

export function readAddressForm(form: FormData, stateNames: readonly string[], email: string): AddressFormResult {
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  const billingSame = form.get(BILLING_SAME) !== null;
  values[BILLING_SAME] = billingSame ? "on" : "";

  const read = (prefix: string): AddressInput | null => {
    const raw = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(form.get(prefix + field))])) as Record<
      AddressField,
      string
    >;
    for (const field of ADDRESS_FIELDS) values[prefix + field] = raw[field];
    let valid = true;
    for (const field of ADDRESS_FIELDS) {
      const problem = fieldProblem(field, raw[field], stateNames);
      if (problem) {
        fieldErrors[prefix + field] = problem;
        valid = false;
      }
    }
    if (!valid) return null;
    return {
      first_name: raw.first_name,
      last_name: raw.last_name || null,
      country_code: "+91",
      phone: nationalNumber(raw.phone),
      email,
      address_line1: raw.address_line1,
      address_line2: raw.address_line2 || null,
      landmark: null,
      pincode: raw.pincode,
      city: raw.city,
      state: canonicalState(raw.state, stateNames) ?? raw.state,
      country: "India",
      tax_identification_number: null,
      business_name: null,
      nickname: null,
    };
  };

  const shipping = read("");
  const billing = billingSame ? shipping : read(BILLING_PREFIX);
  if (!shipping || !billing) return { ok: false, fieldErrors, values };
  return { ok: true, shipping, billing };
}

/** The form's fields filled from a saved address (the cart's), for a shopper coming back to this step. */
export function addressValues(
  address: Partial<Record<AddressField, string | null>> | null | undefined,
  prefix = "",
): Record<string, string> {
  if (!address) return {};
  const values: Record<string, string> = {};
  for (const field of ADDRESS_FIELDS) {
    const value = address[field];
    if (typeof value === "string") values[prefix + field] = value;
  }
  return values;
}

/**
 * The API's per-field explanations ("shipping_address.pincode") on the form's fields. With billing the same as
 * shipping, the billing address's problems are the shipping address's.
 */
export function apiFieldErrors(errors: Readonly<Record<string, string>>, billingSame: boolean): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const [address, field] = path.split(".");
    if (!field || !(ADDRESS_FIELDS as readonly string[]).includes(field)) continue;
    if (address === "shipping_address" || (address === "billing_address" && billingSame)) mapped[field] ??= message;
    else if (address === "billing_address") mapped[BILLING_PREFIX + field] = message;
  }
  return mapped;
}

function fieldProblem(field: AddressField, value: string, stateNames: readonly string[]): string | null {
  const limit = LIMITS[field];
  if (limit && value.length > limit) return `Keep this under ${limit} characters.`;
  switch (field) {
    case "first_name":
      return value ? null : "Enter the first name.";
    case "phone":
      if (!value) return "Enter a mobile number for the delivery partner.";
      return /^[6-9]\d{9}$/.test(nationalNumber(value)) ? null : "Enter a 10-digit mobile number, like 98765 43210.";
    case "address_line1":
      return value ? null : "Enter the house number and street.";
    case "city":
      return value ? null : "Enter the city or town.";
    case "state":
      if (!value) return "Choose the state.";
      return canonicalState(value, stateNames) ? null : "Choose a state from the list.";
    case "pincode":
      if (!value) return "Enter the PIN code.";
      return /^[1-9]\d{5}$/.test(value) ? null : "A PIN code is 6 digits, like 560001.";
    default:
      return null;
  }
}

/** A mobile number without spaces, dashes, a +91 or a leading 0. */
function nationalNumber(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, "");
  return digits.replace(/^(\+91|0091|0)(?=\d{10}$)/, "");
}

function canonicalState(value: string, stateNames: readonly string[]): string | null {
  const wanted = value.toLowerCase();
  return stateNames.find((name) => name.toLowerCase() === wanted) ?? null;
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.trim() : "";
}
