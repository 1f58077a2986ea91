import Link from "next/link";
import type { MouseEvent } from "react";
import { BagIcon } from "./icons";

/** Accessible name of the cart link, e.g. "Cart, 2 items". */
export function cartLabel(count: number | null): string {
  if (count === null) return "Cart";
  return `Cart, ${count} ${count === 1 ? "item" : "items"}`;
}

/**
 * The header's cart link. `count` null means "not known (yet)": the loading fallback, or the API was
 * unreachable. Then no number is shown, but the same space is kept so nothing shifts. Once the page is
 * interactive, `onClick` opens the cart drawer instead of leaving the page; `onIntent` (pointer over it, or focus)
 * gives a chance to load the drawer first.
 */
export function CartLink({
  count,
  onClick,
  onIntent,
}: {
  count: number | null;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  onIntent?: () => void;
}) {
  const filled = count !== null && count > 0;
  return (
    <Link
      href="/cart"
      onClick={onClick}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      aria-haspopup={onClick ? "dialog" : undefined}
      data-testid="cart-link"
      aria-label={cartLabel(count)}
      className={`inline-flex h-10 shrink-0 items-center gap-1.5 rounded-full border px-3 text-sm font-semibold transition-colors ${
        filled
          ? "border-transparent bg-brand text-on-brand hover:bg-brand-hover"
          : "border-line bg-surface text-fg hover:border-line-strong"
      }`}
    >
      <BagIcon className="size-5" />
      {count === null ? (
        <span className="inline-block min-w-[1ch] text-fg-muted" aria-hidden="true">
          &nbsp;
        </span>
      ) : (
        <span data-testid="cart-count" className="min-w-[1ch] tabular-nums" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
