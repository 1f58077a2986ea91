"use client";

import { useId } from "react";
import { FormMessage } from "@/app/_components/cart/form-message";
import { QuantityField } from "@/app/_components/cart/quantity-field";
import { useAddToCart } from "@/app/_components/cart/use-add-to-cart";
import { BagIcon } from "@/app/_components/icons";
import { CART_FIELDS } from "@/app/_lib/cart-form";
import type { CartLineView } from "@/app/_lib/cart-view";
import type { QuantityRule } from "@/app/_lib/quantity-rule";

export interface VariantChoice {
  id: string;
  label: string;
  available: boolean;
}

/**
 * The product page's add-to-cart form: quantity and button. A choice that cannot be bought (options missing, sold
 * out) keeps the button visible but aria-disabled, with the note saying why; the form then posts nothing.
 * `variantsWithoutScript` adds, for browsers without JavaScript only, a plain list of variants to pick from.
 */
export function AddToCartButton({
  line,
  rule,
  buyable,
  note,
  variantsWithoutScript,
}: {
  /** The product (and resolved variant) as the cart would show it. */
  line: CartLineView;
  rule: QuantityRule;
  buyable: boolean;
  note: string;
  variantsWithoutScript?: VariantChoice[];
}) {
  const noteId = useId();
  const selectId = useId();
  const { state, formAction, onSubmit, isPending } = useAddToCart(line);

  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name={CART_FIELDS.productId} value={line.productId} />
      {line.variantId ? <input type="hidden" name={CART_FIELDS.variantId} value={line.variantId} /> : null}
      <div className="flex items-start gap-3" data-js-only={variantsWithoutScript ? true : undefined}>
        {/* Keyed by the line: another variant starts again from its own minimum. */}
        <QuantityField key={line.key} name={CART_FIELDS.quantity} rule={rule} disabled={!buyable} />
        <button
          // Without JavaScript an unbuyable choice must not post: a plain button does nothing.
          type={buyable ? "submit" : "button"}
          data-testid="add-to-cart"
          data-product-id={line.productId}
          data-variant-id={line.variantId ?? undefined}
          data-buyable={buyable ? "true" : "false"}
          aria-disabled={buyable ? undefined : "true"}
          aria-describedby={noteId}
          className={`inline-flex h-12 flex-1 items-center justify-center gap-2 rounded-full px-6 text-base font-semibold transition-colors sm:h-13 ${
            buyable
              ? "bg-brand text-on-brand shadow-card hover:bg-brand-hover"
              : "cursor-not-allowed bg-subtle text-fg-muted"
          }`}
        >
          <BagIcon className="size-5" />
          {isPending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      {variantsWithoutScript ? (
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
            {variantsWithoutScript.map((choice) => (
              <option key={choice.id} value={choice.id} disabled={!choice.available}>
                {choice.available ? choice.label : `${choice.label} (sold out)`}
              </option>
            ))}
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
      ) : null}
      <p
        id={noteId}
        data-testid="add-to-cart-note"
        data-js-only={variantsWithoutScript ? true : undefined}
        className="mt-2.5 text-center text-sm text-fg-muted empty:hidden"
      >
        {note}
      </p>
      <FormMessage state={state} className="mt-2.5 text-center" />
    </form>
  );
}
