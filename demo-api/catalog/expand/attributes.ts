import type { ProductAttribute } from "@commercengine/storefront-sdk";
import { ATTRIBUTE_DEFINITIONS, type AttributeKey } from "../seed/attributes";
import { stableId } from "./ids";

const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTE_DEFINITIONS) as AttributeKey[];

/** A product's attribute values as API attributes, in the store's attribute order. */
export function expandAttributes(values: Partial<Record<AttributeKey, string>>): ProductAttribute[] {
  return ATTRIBUTE_KEYS.flatMap((key): ProductAttribute[] => {
    const value = values[key];
    if (value === undefined) return [];
    const { name, type } = ATTRIBUTE_DEFINITIONS[key];
    return [{ id: stableId("attribute", key), key, name, type, value }];
  });
}
