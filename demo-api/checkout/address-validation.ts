import type { CustomerAddress } from "@commercengine/storefront-sdk";
import { isEmailAddress } from "../auth/email-address";
import { findIndianState } from "./indian-states";
import { isPincode, PINCODE_RULE } from "./serviceability";

/** An address as the shopper entered it, checked and tidied; the cart gives it an id when it keeps it. */
export type CheckedAddress = Omit<NonNullable<CustomerAddress>, "id">;

/** One human sentence per field that needs correcting, keyed by its path, e.g. `shipping_address.pincode`. */
export type FieldErrors = Record<string, string>;

export type AddressCheck = { ok: true; address: CheckedAddress } | { ok: false; errors: FieldErrors };

const INDIA_DIALLING_CODE = "+91";
/** Ten digits, the first 6 to 9: an Indian mobile number without the country code. */
const MOBILE_PATTERN = /^[6-9]\d{9}$/;

/**
 * Checks one `CustomerAddress` from a request and reports every field that is wrong, not just the first, so a form
 * can mark them all at once. Text is trimmed; the state is stored under its canonical name.
 */
export function checkAddress(value: unknown, path: string): AddressCheck {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, errors: { [path]: `Enter the ${describe(path)}` } };
  }
  const input = value as Record<string, unknown>;
  const errors: FieldErrors = {};
  const fail = (field: string, sentence: string) => {
    errors[`${path}.${field}`] = sentence;
    return "";
  };
  const text = (field: string, label: string, max: number, required: boolean): string | null => {
    const raw = input[field];
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) {
      return required ? fail(field, `Enter the ${label}`) : null;
    }
    if (typeof raw !== "string") return fail(field, `The ${label} must be text`);
    const trimmed = raw.trim();
    if (trimmed.length > max) return fail(field, `Keep the ${label} to ${max} characters or fewer`);
    return trimmed;
  };

  const firstName = text("first_name", "first name", 60, true) ?? "";
  const lastName = text("last_name", "last name", 60, false);
  const addressLine1 = text("address_line1", "house number and street", 120, true) ?? "";
  const addressLine2 = text("address_line2", "second address line", 120, false);
  const landmark = text("landmark", "landmark", 120, false);
  const city = text("city", "city", 60, true) ?? "";
  const businessName = text("business_name", "business name", 120, false);
  const taxId = text("tax_identification_number", "tax identification number", 20, false);

  const phone = readPhone(input.phone);
  if (phone === null) fail("phone", "Enter a 10-digit mobile number that starts with 6, 7, 8 or 9, without +91");

  const countryCode = input.country_code;
  const dialsIndia =
    countryCode === undefined ||
    countryCode === null ||
    (typeof countryCode === "string" && ["", INDIA_DIALLING_CODE].includes(countryCode.trim()));
  if (!dialsIndia) fail("country_code", "Only Indian phone numbers (+91) are accepted");

  const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
  if (email === "") fail("email", "Enter an email address");
  else if (!isEmailAddress(email)) fail("email", "Enter a valid email address, like name@example.com");

  const stateName = text("state", "state", 60, true);
  const state = stateName ? findIndianState(stateName) : undefined;
  if (stateName && !state) fail("state", "Choose a state or union territory of India, such as Karnataka");

  const pincode = typeof input.pincode === "string" ? input.pincode.trim() : "";
  if (!isPincode(pincode)) fail("pincode", `Enter ${PINCODE_RULE}`);

  const country = typeof input.country === "string" ? input.country.trim() : "";
  if (country.toLowerCase() !== "india") fail("country", "The store delivers within India only: choose India");

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    address: {
      first_name: firstName,
      last_name: lastName,
      country_code: INDIA_DIALLING_CODE,
      phone: phone ?? "",
      email,
      address_line1: addressLine1,
      address_line2: addressLine2,
      landmark,
      pincode,
      city,
      state: state?.name ?? "",
      country: "India",
      tax_identification_number: taxId,
      business_name: businessName,
      is_phone_verified: false,
      is_email_verified: false,
      nickname: null,
    },
  };
}

/** One line for the error envelope's `message`; the per-field sentences go in `errors`. */
export function summarizeFieldErrors(errors: FieldErrors): string {
  const entries = Object.entries(errors);
  if (entries.length === 1) {
    const [path, sentence] = entries[0]!;
    return `Check the ${describe(path)}: ${sentence}`;
  }
  return `${entries.length} address fields need correcting: ${entries.map(([path]) => describe(path)).join(", ")}`;
}

/** Spaces and hyphens are allowed for readability ("98450 12345"); they are not part of the number. */
function readPhone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const digits = value.replace(/[\s-]/g, "");
  return MOBILE_PATTERN.test(digits) ? digits : null;
}

/** `shipping_address.address_line1` → "shipping address line 1". */
function describe(path: string): string {
  return path
    .replace(/[._]/g, " ")
    .replace(/line(\d)/, "line $1")
    .replace("address address", "address");
}
