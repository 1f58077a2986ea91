"use client";

import { CART_FIELDS } from "@/app/_lib/cart-form";
import type { CartLineView } from "@/app/_lib/cart-view";
import { BagIcon, PlusIcon } from "../icons";
import { FormMessage } from "./form-message";
import { useAddToCart } from "./use-add-to-cart";

/**
 * Quick add on a product card, for products without options: one tap adds the minimum quantity. Sits over the card
 * image, above the card's link.
 */
export function CardAddToCart({ line }: { line: CartLineView }) {
  const { state, formAction, onSubmit, isPending } = useAddToCart(line);
  return (
    <form action={formAction} onSubmit={onSubmit} className="absolute right-2 bottom-2 z-10 flex flex-col items-end">
      <input type="hidden" name={CART_FIELDS.productId} value={line.productId} />
      <input type="hidden" name={CART_FIELDS.quantity} value={line.minQuantity} />
      <button
        type="submit"
        data-testid="card-add-to-cart"
        className="inline-flex h-10 items-center gap-1 rounded-full bg-surface pr-3.5 pl-3 text-sm font-semibold text-fg shadow-card ring-1 ring-fg/5 transition-colors hover:bg-fg hover:text-canvas"
      >
        <span className="relative">
          <BagIcon className="size-[1.125rem]" />
          <PlusIcon className="absolute -right-1 -bottom-0.5 size-2.5 rounded-full bg-surface stroke-[3] text-brand" />
        </span>
        {isPending ? "Adding…" : "Add"}
        <span className="sr-only"> {line.name} to cart</span>
      </button>
      <FormMessage
        state={state}
        showDone={false}
        className="mt-1.5 max-w-48 rounded-control bg-surface/95 px-2.5 py-1.5 text-xs shadow-card"
      />
    </form>
  );
}
