import { CART_FIELDS } from "@/app/_lib/cart-form";
import { formatPrice } from "@/app/_lib/format-price";
import { isBuyable } from "@/app/_lib/variant-selection";
import type { ProductView, VariantView } from "../_lib/product-view";

/**
 * For browsers without JavaScript, which cannot read the options in the URL: every variant in one plain list
 * ("Navy / M · $48.00"), a quantity and a submit button, inside the add-to-cart form. A server component, so
 * browsers with JavaScript never download it.
 */
export function VariantSelectWithoutScript({ view }: { view: ProductView }) {
  const selectId = `${view.slug}-variant`;
  const rule = view.quantity;
  return (
    <noscript>
      <label htmlFor={selectId} className="block text-sm font-semibold text-fg">
        Choose an option
      </label>
      <select
        id={selectId}
        name={CART_FIELDS.variantId}
        required
        data-testid="variant-select"
        className="mt-2 h-12 w-full rounded-control border border-line-strong bg-surface px-3 text-base text-fg"
      >
        <option value="">Choose…</option>
        {view.variants.map((variant) => {
          const label = `${variantName(view, variant.options) || variant.name} · ${formatPrice(variant.price.selling, view.currency)}`;
          const available = isBuyable(variant.stock);
          return (
            <option key={variant.id} value={variant.id} disabled={!available}>
              {available ? label : `${label} (sold out)`}
            </option>
          );
        })}
      </select>
      <div className="mt-3 flex gap-3">
        <input
          type="number"
          name={CART_FIELDS.quantity}
          defaultValue={rule.min}
          min={rule.min}
          max={rule.max ?? undefined}
          step={rule.step}
          aria-label="Quantity"
          className="h-12 w-20 rounded-full border border-line-strong bg-surface text-center text-base"
        />
        <button
          type="submit"
          className="inline-flex h-12 flex-1 items-center justify-center rounded-full bg-brand px-6 text-base font-semibold text-on-brand"
        >
          Add to cart
        </button>
      </div>
    </noscript>
  );
}

/** "Navy / M": the variant's option values, in option order. */
function variantName(view: ProductView, options: VariantView["options"]): string {
  return view.groups
    .flatMap((group) => group.values.find((value) => value.slug === options[group.key])?.name ?? [])
    .join(" / ");
}
