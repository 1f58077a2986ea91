"use client";

import { useId, type ReactNode } from "react";
import { FormMessage } from "@/app/_components/cart/form-message";
import { QuantityField } from "@/app/_components/cart/quantity-field";
import { useAddToCart } from "@/app/_components/cart/use-add-to-cart";
import { BagIcon } from "@/app/_components/icons";
import { CART_FIELDS } from "@/app/_lib/cart-form";
import type { CartLineView } from "@/app/_lib/cart-view";
import type { QuantityRule } from "@/app/_lib/quantity-rule";

/**
 * The product page's add-to-cart form: quantity and button. A choice that cannot be bought (options missing, sold
 * out) keeps the button visible but aria-disabled, with the note saying why; the form then posts nothing.
 * `withoutScript` is the form's content for browsers without JavaScript (a plain list of variants to pick from),
 * which hides the quantity, button and note.
 */
export function AddToCartButton({
  line,
  rule,
  buyable,
  note,
  withoutScript,
}: {
  /** The product (and resolved variant) as the cart would show it. */
  line: CartLineView;
  rule: QuantityRule;
  buyable: boolean;
  note: string;
  withoutScript?: ReactNode;
}) {
  const noteId = useId();
  const { state, formAction, onSubmit, isPending } = useAddToCart(line);

  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name={CART_FIELDS.productId} value={line.productId} />
      {line.variantId ? <input type="hidden" name={CART_FIELDS.variantId} value={line.variantId} /> : null}
      <div className="flex items-start gap-3" data-js-only={withoutScript ? true : undefined}>
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
      {withoutScript}
      <p
        id={noteId}
        data-testid="add-to-cart-note"
        data-js-only={withoutScript ? true : undefined}
        className="mt-2.5 text-center text-sm text-fg-muted empty:hidden"
      >
        {note}
      </p>
      <FormMessage state={state} className="mt-2.5 text-center" />
    </form>
  );
}
