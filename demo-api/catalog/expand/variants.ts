import type { AssociatedOption, ProductImage, Variant, VariantOption } from "@commercengine/storefront-sdk";
import type { ColorSeed, SimpleStock, VariantProductSeed } from "../seed/types";
import { slugify } from "../slug";
import { stableId } from "./ids";
import { buildPricing } from "./pricing";

/** One colour (and size) pairing that is actually made. */
interface Combination {
  color: ColorSeed;
  size: string | null;
  /** "Colour/Size", or "Colour" for colour-only products, as written in seeds. */
  key: string;
}

export function combinationKey(colorName: string, size: string | null): string {
  return size === null ? colorName : `${colorName}/${size}`;
}

/** Every colour × size pairing except the missing ones; rejects seed references to pairings that do not exist. */
function listCombinations(seed: VariantProductSeed): Combination[] {
  const sizes = seed.sizes ?? [null];
  const all = seed.colors.flatMap((color) =>
    sizes.map((size) => ({ color, size, key: combinationKey(color.name, size) })),
  );
  const allKeys = new Set(all.map((combination) => combination.key));
  const soldOut = seed.soldOut === "all" ? [] : (seed.soldOut ?? []);
  const referenced = [...(seed.missing ?? []), ...soldOut, ...(seed.backorder ?? [])];
  if (seed.defaultVariant !== undefined) referenced.push(seed.defaultVariant);
  for (const key of referenced) {
    if (!allKeys.has(key)) throw new Error(`${seed.slug}: unknown combination "${key}"`);
  }
  for (const size of Object.keys(seed.sizeSurcharge ?? {})) {
    if (!seed.sizes?.includes(size)) throw new Error(`${seed.slug}: surcharge for unknown size "${size}"`);
  }

  const missing = new Set(seed.missing ?? []);
  const made = all.filter((combination) => !missing.has(combination.key));
  if (seed.defaultVariant !== undefined && missing.has(seed.defaultVariant)) {
    throw new Error(`${seed.slug}: default variant "${seed.defaultVariant}" is missing`);
  }
  // An option value no variant uses would be a dead swatch in the storefront.
  for (const color of seed.colors) {
    if (!made.some((combination) => combination.color === color))
      throw new Error(`${seed.slug}: no ${color.name} variant`);
  }
  for (const size of seed.sizes ?? []) {
    if (!made.some((combination) => combination.size === size)) throw new Error(`${seed.slug}: no ${size} variant`);
  }
  return made;
}

function stockOf(seed: VariantProductSeed, key: string): SimpleStock {
  if (seed.backorder?.includes(key)) return "backorder";
  if (seed.soldOut === "all" || seed.soldOut?.includes(key)) return "out-of-stock";
  return "in-stock";
}

function pickDefault(seed: VariantProductSeed, combinations: Combination[]): string {
  if (seed.defaultVariant !== undefined) return seed.defaultVariant;
  const preferred =
    combinations.find((combination) => stockOf(seed, combination.key) === "in-stock") ??
    combinations.find((combination) => stockOf(seed, combination.key) === "backorder") ??
    combinations[0];
  if (!preferred) throw new Error(`${seed.slug}: has no variants`);
  return preferred.key;
}

function associatedOptions(combination: Combination): AssociatedOption {
  const options: AssociatedOption = {
    color: {
      name: "Color",
      type: "color",
      value: { name: combination.color.name, hexcode: combination.color.hex },
    },
  };
  if (combination.size !== null) {
    options.size = { name: "Size", type: "single-select", value: combination.size };
  }
  return options;
}

function codeFor(text: string): string {
  return slugify(text).replace(/-/g, "").toUpperCase();
}

export interface VariantContext {
  productId: string;
  /** Images per colour name. */
  imagesByColor: Map<string, ProductImage[]>;
}

export function expandVariants(seed: VariantProductSeed, context: VariantContext): Variant[] {
  const combinations = listCombinations(seed);
  const defaultKey = pickDefault(seed, combinations);
  return combinations.map((combination) => {
    const stock = stockOf(seed, combination.key);
    const surcharge = combination.size === null ? 0 : (seed.sizeSurcharge?.[combination.size] ?? 0);
    const listing = seed.price.listing + surcharge;
    const selling = (seed.price.selling ?? seed.price.listing) + surcharge;
    const suffix = combination.size === null ? "" : `-${slugify(combination.size)}`;
    return {
      id: stableId("variant", `${seed.slug}/${combination.key}`),
      product_id: context.productId,
      sku: [
        seed.skuPrefix,
        codeFor(combination.color.name),
        ...(combination.size === null ? [] : [codeFor(combination.size)]),
      ].join("-"),
      slug: `${seed.slug}-${slugify(combination.color.name)}${suffix}`,
      name: combination.size === null ? combination.color.name : `${combination.color.name} / ${combination.size}`,
      product_name: seed.name,
      short_description: seed.shortDescription,
      active: true,
      stock_available: stock === "in-stock",
      backorder: stock === "backorder",
      on_promotion: false,
      on_subscription: false,
      is_default: combination.key === defaultKey,
      associated_options: associatedOptions(combination),
      images: context.imagesByColor.get(combination.color.name) ?? [],
      videos: [],
      pricing: buildPricing({ listing, selling, taxRate: seed.price.taxRate }, seed.orderQuantity),
      subscription: [],
      promotion: null,
    };
  });
}

/** The option axes shoppers pick from, listing only values some variant has. */
export function expandVariantOptions(seed: VariantProductSeed): VariantOption[] {
  const colorValues = seed.colors.map((color) => ({ name: color.name, hexcode: color.hex }));
  const options: VariantOption[] = [
    {
      name: "Color",
      key: "color",
      type: "color",
      // The SDK types colour values as `Record<string, never>` (an untyped
      // object in the OpenAPI spec); the API sends `{ name, hexcode }`.
      value: colorValues as unknown as VariantOption["value"],
    },
  ];
  if (seed.sizes !== null) {
    options.push({ name: "Size", key: "size", type: "single-select", value: [...seed.sizes] });
  }
  return options;
}
