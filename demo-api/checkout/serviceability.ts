/**
 * Where the demo store delivers. The real API decides from shipping zones and warehouse stock; the demo keeps one
 * rule: pincodes that start with 9 belong to the Army Postal Service (field post offices), which couriers do not
 * reach, so nothing is delivered there. Every other valid pincode is served, and collecting in store works for all.
 */
const PINCODE_PATTERN = /^[1-9]\d{5}$/;

/** What a valid pincode looks like, in words, for error messages. */
export const PINCODE_RULE = "a 6-digit pincode that does not start with 0";

export function isPincode(value: string): boolean {
  return PINCODE_PATTERN.test(value);
}

export function isDeliverablePincode(pincode: string): boolean {
  return isPincode(pincode) && !pincode.startsWith("9");
}
