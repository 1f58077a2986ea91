import type { ProductAttribute } from "@commercengine/storefront-sdk";
import type { ReactNode } from "react";

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * "Details": the product's attributes (material, fit, care…) as a two-column table. Values the page cannot show are
 * skipped; with none left, nothing renders.
 */
export function ProductAttributes({ attributes }: { attributes: readonly ProductAttribute[] }) {
  const rows = attributes.flatMap((attribute) => {
    const value = attributeValue(attribute.value);
    return value === null || !attribute.name
      ? []
      : [{ key: attribute.id || attribute.key, name: attribute.name, value }];
  });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading" className="font-display text-xl font-semibold tracking-tight">
        Details
      </h2>
      <table className="mt-3 w-full text-left text-sm" data-testid="product-attributes">
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="w-2/5 py-3 pr-4 align-top font-medium text-fg-muted">
                {row.name}
              </th>
              <td className="py-3 align-top text-fg">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * One attribute value for display. The API's values are loosely typed (a colour may come as an object, a list as an
 * array), so each shape is checked at run time: text, numbers, yes/no, dates, lists and colours.
 */
function attributeValue(value: unknown): ReactNode | null {
  if (typeof value === "string") return value.trim() ? formatText(value.trim()) : null;
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-IN") : null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) {
    const parts = value.map(attributeValue).filter((part) => part !== null);
    if (parts.length === 0) return null;
    return (
      <span className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {parts.map((part, index) => (
          <span key={index}>
            {part}
            {index < parts.length - 1 ? <span className="sr-only">,</span> : null}
          </span>
        ))}
      </span>
    );
  }
  if (typeof value === "object" && value !== null && "name" in value && typeof value.name === "string") {
    const hexcode =
      "hexcode" in value && typeof value.hexcode === "string" && HEX.test(value.hexcode) ? value.hexcode : null;
    return (
      <span className="inline-flex items-center gap-1.5">
        {hexcode ? (
          <span
            aria-hidden="true"
            className="size-3.5 rounded-full border border-fg/15"
            style={{ backgroundColor: hexcode }}
          />
        ) : null}
        {value.name}
      </span>
    );
  }
  return null;
}

/** ISO dates (date attributes) read as "12 March 2025"; any other text as it is. */
function formatText(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  return date.toLocaleDateString("en-IN", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
