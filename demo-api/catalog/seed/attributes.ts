/**
 * The store's product attribute definitions. Products set values by key;
 * single-select attributes are the ones a storefront can offer as filters.
 */
export const ATTRIBUTE_DEFINITIONS = {
  material: { name: "Material", type: "text" },
  fit: { name: "Fit", type: "single-select" },
  fabric_weight: { name: "Fabric Weight", type: "text" },
  scent: { name: "Scent", type: "text" },
  burn_time: { name: "Burn Time", type: "text" },
  capacity: { name: "Capacity", type: "text" },
  dimensions: { name: "Dimensions", type: "text" },
  closure: { name: "Closure", type: "single-select" },
  sole: { name: "Sole", type: "text" },
  care: { name: "Care", type: "text" },
  origin: { name: "Made In", type: "single-select" },
} as const satisfies Record<string, { name: string; type: "text" | "single-select" }>;

export type AttributeKey = keyof typeof ATTRIBUTE_DEFINITIONS;
