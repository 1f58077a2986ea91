"use client";

import { useId } from "react";
import { applyCouponAction, removeCouponAction } from "@/app/_actions/cart-actions";
import { CART_FIELDS, IDLE, type CartFormState } from "@/app/_lib/cart-form";
import type { CouponView } from "@/app/_lib/coupon-view";
import { formatPrice } from "@/app/_lib/format-price";
import { TagIcon } from "../icons";
import { FormMessage } from "./form-message";
import { useCartForm } from "./use-cart-form";

/**
 * Coupons on the cart page: the applied one with a remove button, a code field whose errors are explained right
 * under it, and the coupons this shopper may apply, each one click away. All of them are plain forms.
 */
export function CouponSection({
  appliedCode,
  coupons,
  currency,
  notice = IDLE,
}: {
  appliedCode: string | null;
  coupons: readonly CouponView[];
  currency: string;
  /** The answer to a coupon form posted without JavaScript, until a form here answers in place. */
  notice?: CartFormState;
}) {
  const apply = useCartForm(applyCouponAction);
  const remove = useCartForm(removeCouponAction);
  const fieldId = useId();
  const messageId = useId();
  const answered = apply.state.status !== "idle" || remove.state.status !== "idle";
  const applyState = answered ? apply.state : notice;
  const invalid = applyState.status === "error";
  const offers = coupons.filter((coupon) => coupon.code !== appliedCode);

  return (
    <section aria-label="Coupons" className="space-y-4" data-testid="coupons">
      {appliedCode ? (
        <form
          action={remove.formAction}
          onSubmit={remove.onSubmit}
          className="flex items-center justify-between gap-3 rounded-control border border-dashed border-brand/50 bg-brand-soft px-3.5 py-2.5"
        >
          <p className="flex min-w-0 items-center gap-2 text-sm text-fg">
            <TagIcon className="size-4 shrink-0 text-brand" />
            <span>
              <span className="font-semibold" data-testid="applied-coupon">
                {appliedCode}
              </span>{" "}
              applied
            </span>
          </p>
          <button
            type="submit"
            disabled={remove.isPending}
            className="shrink-0 text-sm font-semibold text-brand underline-offset-4 hover:underline disabled:opacity-60"
          >
            Remove<span className="sr-only"> coupon {appliedCode}</span>
          </button>
        </form>
      ) : null}

      {/* Keyed by the applied coupon: once one applies (or goes), the field starts empty again. */}
      <form key={appliedCode ?? ""} action={apply.formAction} onSubmit={apply.onSubmit} noValidate>
        <label htmlFor={fieldId} className="text-sm font-semibold text-fg">
          Coupon code
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id={fieldId}
            name={CART_FIELDS.couponCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            placeholder="e.g. WELCOME10"
            aria-invalid={invalid || undefined}
            aria-describedby={messageId}
            className="h-11 min-w-0 flex-1 rounded-control border border-line-strong bg-surface px-3.5 text-sm text-fg uppercase placeholder:text-fg-muted placeholder:normal-case focus:border-fg focus:outline-none aria-invalid:border-sale"
          />
          <button
            type="submit"
            disabled={apply.isPending}
            className="h-11 shrink-0 rounded-control bg-fg px-5 text-sm font-semibold text-canvas transition-opacity hover:opacity-90 disabled:opacity-60"
          >
            {apply.isPending ? "Applying…" : "Apply"}
          </button>
        </div>
        <FormMessage state={applyState} id={messageId} className="mt-2" />
        <FormMessage state={remove.state} className="mt-2" showDone={false} />
      </form>

      {offers.length > 0 ? (
        <div>
          <h3 className="text-xs font-semibold tracking-[0.12em] text-fg-muted uppercase">Available coupons</h3>
          <ul className="mt-2.5 space-y-2" data-testid="available-coupons">
            {offers.map((coupon) => (
              <li key={coupon.code}>
                <form
                  action={apply.formAction}
                  onSubmit={apply.onSubmit}
                  className="flex items-center gap-3 rounded-control border border-line bg-surface px-3.5 py-3"
                >
                  <input type="hidden" name={CART_FIELDS.couponCode} value={coupon.code} />
                  <div className="min-w-0 flex-1">
                    <p className="font-mono text-sm font-semibold tracking-wide text-fg">{coupon.code}</p>
                    <p className="mt-0.5 text-xs leading-relaxed text-fg-muted">
                      {coupon.description || coupon.name}
                      {coupon.minimumOrder && !coupon.description
                        ? ` On orders of ${formatPrice(coupon.minimumOrder, currency)} or more.`
                        : null}
                    </p>
                  </div>
                  <button
                    type="submit"
                    disabled={apply.isPending}
                    className="h-9 shrink-0 rounded-full border border-line-strong px-3.5 text-sm font-semibold text-fg transition-colors hover:border-fg disabled:opacity-60"
                  >
                    Apply<span className="sr-only"> {coupon.code}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
