import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { BagIcon } from "../icons";

/** The friendly empty state, in the drawer and on the cart page. */
export function EmptyCart({ onContinue }: { onContinue?: () => void }) {
  return (
    <div className="flex flex-col items-center px-4 py-12 text-center" data-testid="empty-cart">
      <span className="grid size-16 place-items-center rounded-full bg-brand-soft text-brand">
        <BagIcon className="size-8" />
      </span>
      <p className="mt-5 font-display text-xl font-semibold text-fg">Your cart is empty</p>
      <p className="mt-2 max-w-xs text-sm leading-relaxed text-fg-muted">
        Nothing here yet. Find something you love in the shop.
      </p>
      <Link
        href="/search"
        onClick={onContinue}
        className="mt-6 inline-flex h-11 items-center rounded-full bg-brand px-6 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
      >
        Start shopping
        <LinkPendingMarker />
      </Link>
    </div>
  );
}
