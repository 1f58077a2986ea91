"use client";

import Image from "next/image";
import Link from "next/link";
import { updateCartLineAction } from "@/app/_actions/cart-actions";
import { CART_FIELDS } from "@/app/_lib/cart-form";
import { formatPrice } from "@/app/_lib/format-price";
import type { DisplayedCartLine } from "@/app/_lib/pending-cart";
import { TrashIcon } from "../icons";
import { FormMessage } from "./form-message";
import { StepperButton } from "./stepper-button";
import { useCartForm } from "./use-cart-form";

/**
 * One cart line: image, name, options, unit price, a quantity stepper, remove, and the line total. The stepper and
 * remove are forms (the server action sets the quantity; 0 removes), so they work without JavaScript.
 */
export function CartLineItem({
  line,
  currency,
  compact = false,
  onNavigate,
}: {
  line: DisplayedCartLine;
  currency: string;
  /** The drawer's narrower layout. */
  compact?: boolean;
  /** Called when the shopper follows the product link (the drawer closes). */
  onNavigate?: () => void;
}) {
  const { state, formAction, onSubmit } = useCartForm(updateCartLineAction, (form) => ({
    kind: "set",
    key: line.key,
    quantity: Number(form.get(CART_FIELDS.quantity)),
  }));
  const href = `/products/${encodeURIComponent(line.slug)}`;
  const lower = line.quantity - line.step;
  const higher = line.quantity + line.step;
  const canLower = lower >= line.minQuantity;
  const canRaise = line.maxQuantity === null || higher <= line.maxQuantity;
  const imageSize = compact ? "size-20" : "size-24 sm:size-28";
  const ids = (
    <>
      <input type="hidden" name={CART_FIELDS.productId} value={line.productId} />
      {line.variantId ? <input type="hidden" name={CART_FIELDS.variantId} value={line.variantId} /> : null}
    </>
  );

  return (
    <li
      data-testid="cart-line"
      data-key={line.key}
      aria-busy={line.pending || undefined}
      className="flex gap-4 py-5 first:pt-0 last:pb-0"
    >
      <Link
        href={href}
        onClick={onNavigate}
        tabIndex={-1}
        aria-hidden="true"
        className={`relative shrink-0 overflow-hidden rounded-control bg-subtle ${imageSize}`}
      >
        {line.imageUrl ? (
          <Image src={line.imageUrl} alt="" fill sizes={compact ? "80px" : "112px"} className="object-cover" />
        ) : null}
      </Link>

      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="text-[0.9375rem] leading-snug font-medium text-fg">
              <Link href={href} onClick={onNavigate} data-testid="cart-line-name" className="hover:underline">
                {line.name}
              </Link>
            </h3>
            {line.options.length > 0 ? (
              <p className="mt-0.5 text-sm text-fg-muted" data-testid="cart-line-options">
                {line.options.map((option) => `${option.label}: ${option.value}`).join(" · ")}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-fg-muted tabular-nums">
              <span className="sr-only">Unit price: </span>
              {formatPrice(line.unitPrice, currency)}
              {line.listPrice > line.unitPrice ? (
                <>
                  {" "}
                  <span className="sr-only">, was </span>
                  <s className="text-xs">{formatPrice(line.listPrice, currency)}</s>
                </>
              ) : null}
            </p>
          </div>
          <p className="shrink-0 text-[0.9375rem] font-semibold text-fg tabular-nums" data-testid="cart-line-total">
            <span className="sr-only">Line total: </span>
            {formatPrice(line.lineTotal, currency)}
          </p>
        </div>

        <div className="mt-auto flex items-center justify-between gap-3 pt-3">
          <form action={formAction} onSubmit={onSubmit} className="inline-flex items-center">
            {ids}
            <fieldset className="inline-flex h-10 items-center rounded-full border border-line-strong bg-surface">
              <legend className="sr-only">Quantity of {line.name}</legend>
              <StepperButton
                direction="down"
                size="md"
                type="submit"
                name={CART_FIELDS.quantity}
                value={lower}
                disabled={!canLower}
                aria-label={`Decrease quantity of ${line.name}`}
              />
              <output
                data-testid="cart-line-quantity"
                aria-live="polite"
                className="min-w-8 text-center text-sm font-semibold tabular-nums"
              >
                {line.quantity}
              </output>
              <StepperButton
                direction="up"
                size="md"
                type="submit"
                name={CART_FIELDS.quantity}
                value={higher}
                disabled={!canRaise}
                aria-label={`Increase quantity of ${line.name}`}
              />
            </fieldset>
          </form>
          <form action={formAction} onSubmit={onSubmit}>
            {ids}
            <input type="hidden" name={CART_FIELDS.quantity} value="0" />
            <button
              type="submit"
              className="inline-flex h-10 items-center gap-1.5 rounded-full px-3 text-sm font-medium text-fg-muted transition-colors hover:bg-subtle hover:text-fg"
            >
              <TrashIcon className="size-4" />
              Remove<span className="sr-only"> {line.name}</span>
            </button>
          </form>
        </div>
        <FormMessage state={state} className="mt-2" showDone={false} />
      </div>
    </li>
  );
}
