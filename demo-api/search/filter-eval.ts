import type { AssociatedOption, Item, ProductAttribute } from "@commercengine/storefront-sdk";
import { PRODUCT_ATTRIBUTE_PREFIX } from "./attributes";
import type { FilterCondition, FilterNode } from "./filter-parser";
import { foldText, parseNumber } from "./normalize";

export type SearchValue = string | number | boolean | null | readonly string[];

/**
 * The flat view of one sellable SKU that filters, sorts and facets read, keyed by attribute name
 * (`product_type`, `pricing.selling_price`, `attributes.color`, ...). A missing key means the
 * attribute is absent (`NOT EXISTS`); `null` means present but null (`IS NULL`).
 */
export type SearchRecord = ReadonlyMap<string, SearchValue>;

export function toSearchRecord(item: Item): SearchRecord {
  const record = new Map<string, SearchValue>([
    ["product_type", item.product_type],
    ["product_id", item.product_id],
    ["variant_id", item.variant_id],
    ["product_name", item.product_name],
    ["variant_name", item.variant_name],
    ["sku", item.sku],
    ["tags", item.tags],
    ["pricing.listing_price", item.pricing.listing_price],
    ["pricing.selling_price", item.pricing.selling_price],
    ["pricing.tax_rate", item.pricing.tax_rate],
    ["stock_available", item.stock_available],
    ["rating", item.reviews_count > 0 ? (item.reviews_rating_sum ?? 0) / item.reviews_count : 0],
  ]);
  if (item.categories) {
    record.set(
      "categories.name",
      item.categories.map((category) => category.name),
    );
  }
  for (const attribute of item.attributes) {
    record.set(PRODUCT_ATTRIBUTE_PREFIX + attribute.key, productAttributeValue(attribute));
  }
  // A variant's own options (its color, its size) override the product-level attribute of the same key.
  for (const [key, option] of Object.entries(item.associated_options ?? {})) {
    record.set(PRODUCT_ATTRIBUTE_PREFIX + key, optionValue(option));
  }
  return record;
}

function productAttributeValue(attribute: ProductAttribute): SearchValue {
  switch (attribute.type) {
    case "color":
      return attribute.value.map((color) => color.name);
    default:
      return attribute.value;
  }
}

function optionValue(option: AssociatedOption[string]): SearchValue {
  return option.type === "color" ? option.value.name : option.value;
}

export function matchesFilter(record: SearchRecord, node: FilterNode): boolean {
  switch (node.type) {
    case "and":
      return node.operands.every((operand) => matchesFilter(record, operand));
    case "or":
      return node.operands.some((operand) => matchesFilter(record, operand));
    case "not":
      return !matchesFilter(record, node.operand);
    default:
      return matchesCondition(record, node);
  }
}

function matchesCondition(record: SearchRecord, condition: FilterCondition): boolean {
  const value = record.get(condition.attribute);
  switch (condition.type) {
    case "exists":
      return value !== undefined;
    case "isNull":
      return value === null;
    case "isEmpty":
      return value === "" || (Array.isArray(value) && value.length === 0);
    case "equals":
      return anyElement(value, (element) => equalsFilterValue(element, condition.value));
    case "in":
      return anyElement(value, (element) => condition.values.some((wanted) => equalsFilterValue(element, wanted)));
    case "compare":
      return anyElement(value, (element) => compareNumber(element, condition.operator, condition.value));
    case "range":
      return anyElement(
        value,
        (element) => compareNumber(element, ">=", condition.min) && compareNumber(element, "<=", condition.max),
      );
  }
}

/** Conditions on a list attribute hold when any element satisfies them: `tags = sale` means "tagged sale". */
function anyElement(value: SearchValue | undefined, test: (element: string | number | boolean) => boolean): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "object") return value.some(test);
  return test(value);
}

function equalsFilterValue(element: string | number | boolean, wanted: string): boolean {
  if (typeof element === "number") return parseNumber(wanted) === element;
  if (typeof element === "boolean") return foldText(wanted) === String(element);
  return foldText(element) === foldText(wanted);
}

function compareNumber(element: string | number | boolean, operator: ">" | ">=" | "<" | "<=", bound: number): boolean {
  const number = typeof element === "number" ? element : typeof element === "string" ? parseNumber(element) : null;
  if (number === null) return false;
  switch (operator) {
    case ">":
      return number > bound;
    case ">=":
      return number >= bound;
    case "<":
      return number < bound;
    case "<=":
      return number <= bound;
  }
}
