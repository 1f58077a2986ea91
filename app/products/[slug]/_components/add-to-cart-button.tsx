import { useId } from "react";
import { BagIcon } from "@/app/_components/icons";

/**
 * The cart is a later step: this button never pretends to add anything (it is always aria-disabled). It looks
 * ready when the shopper has picked something buyable, and carries the product and variant ids the cart will use.
 */
export function AddToCartButton({
  productId,
  variantId,
  buyable,
  note,
}: {
  productId: string;
  variantId: string | null;
  buyable: boolean;
  note: string;
}) {
  const noteId = useId();
  return (
    <div>
      <button
        type="button"
        data-testid="add-to-cart"
        data-product-id={productId}
        data-variant-id={variantId ?? undefined}
        data-buyable={buyable ? "true" : "false"}
        aria-disabled="true"
        aria-describedby={noteId}
        className={`inline-flex h-12 w-full items-center justify-center gap-2 rounded-full px-6 text-base font-semibold transition-colors sm:h-13 ${
          buyable ? "bg-brand text-on-brand shadow-card" : "cursor-not-allowed bg-subtle text-fg-muted"
        }`}
      >
        <BagIcon className="size-5" />
        Add to cart
      </button>
      <p id={noteId} data-testid="add-to-cart-note" className="mt-2.5 text-center text-sm text-fg-muted">
        {note}
      </p>
    </div>
  );
}
