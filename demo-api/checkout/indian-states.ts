import type { CountryState } from "@commercengine/storefront-sdk";

/**
 * India's 28 states and 8 union territories, sorted by name: `iso_code` is the ISO 3166-2:IN code without the "IN-"
 * prefix (as revised in 2023: CG, OD, TS, UK), `gst_code` the two-digit state code that opens a GSTIN.
 */
export const INDIAN_STATES: readonly CountryState[] = [
  { name: "Andaman and Nicobar Islands", iso_code: "AN", gst_code: "35" },
  { name: "Andhra Pradesh", iso_code: "AP", gst_code: "37" },
  { name: "Arunachal Pradesh", iso_code: "AR", gst_code: "12" },
  { name: "Assam", iso_code: "AS", gst_code: "18" },
  { name: "Bihar", iso_code: "BR", gst_code: "10" },
  { name: "Chandigarh", iso_code: "CH", gst_code: "04" },
  { name: "Chhattisgarh", iso_code: "CG", gst_code: "22" },
  { name: "Dadra and Nagar Haveli and Daman and Diu", iso_code: "DH", gst_code: "26" },
  { name: "Delhi", iso_code: "DL", gst_code: "07" },
  { name: "Goa", iso_code: "GA", gst_code: "30" },
  { name: "Gujarat", iso_code: "GJ", gst_code: "24" },
  { name: "Haryana", iso_code: "HR", gst_code: "06" },
  { name: "Himachal Pradesh", iso_code: "HP", gst_code: "02" },
  { name: "Jammu and Kashmir", iso_code: "JK", gst_code: "01" },
  { name: "Jharkhand", iso_code: "JH", gst_code: "20" },
  { name: "Karnataka", iso_code: "KA", gst_code: "29" },
  { name: "Kerala", iso_code: "KL", gst_code: "32" },
  { name: "Ladakh", iso_code: "LA", gst_code: "38" },
  { name: "Lakshadweep", iso_code: "LD", gst_code: "31" },
  { name: "Madhya Pradesh", iso_code: "MP", gst_code: "23" },
  { name: "Maharashtra", iso_code: "MH", gst_code: "27" },
  { name: "Manipur", iso_code: "MN", gst_code: "14" },
  { name: "Meghalaya", iso_code: "ML", gst_code: "17" },
  { name: "Mizoram", iso_code: "MZ", gst_code: "15" },
  { name: "Nagaland", iso_code: "NL", gst_code: "13" },
  { name: "Odisha", iso_code: "OD", gst_code: "21" },
  { name: "Puducherry", iso_code: "PY", gst_code: "34" },
  { name: "Punjab", iso_code: "PB", gst_code: "03" },
  { name: "Rajasthan", iso_code: "RJ", gst_code: "08" },
  { name: "Sikkim", iso_code: "SK", gst_code: "11" },
  { name: "Tamil Nadu", iso_code: "TN", gst_code: "33" },
  { name: "Telangana", iso_code: "TS", gst_code: "36" },
  { name: "Tripura", iso_code: "TR", gst_code: "16" },
  { name: "Uttar Pradesh", iso_code: "UP", gst_code: "09" },
  { name: "Uttarakhand", iso_code: "UK", gst_code: "05" },
  { name: "West Bengal", iso_code: "WB", gst_code: "19" },
];

/** The state or union territory with this name, ignoring case and surrounding spaces. */
export function findIndianState(name: string): CountryState | undefined {
  const wanted = name.trim().toLowerCase();
  return INDIAN_STATES.find((state) => state.name.toLowerCase() === wanted);
}
