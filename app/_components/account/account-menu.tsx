"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition, type FormEvent, type SyntheticEvent } from "react";
import { signOutAction } from "@/app/_actions/account-actions";
import { useCartUi } from "../cart/cart-ui-provider";
import { UserIcon } from "../icons";
import { useDismiss } from "../use-dismiss";
import { ACCOUNT_BUTTON } from "./account-button";

/** Pages that belong to the signed-in shopper: signing out leaves them for the home page. */
const PRIVATE_PATHS = ["/checkout", "/account", "/orders"];

// Posted by a browser without JavaScript, the action answers with a redirect to the home page.
const postSignOut: () => void = signOutAction;

/** The signed-in shopper's menu: their address, their orders and "Sign out". */
export function AccountMenu({ label, email }: { label: string; email: string | null }) {
  const { confirmAccount, confirmCart } = useCartUi();
  const [message, setMessage] = useState("");
  const [isPending, startTransition] = useTransition();
  const { details, summary, onToggle, close: closeMenu } = useDismissibleDetails();
  const router = useRouter();
  const pathname = usePathname();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      try {
        await signOutAction();
      } catch {
        setMessage("We couldn’t reach the store to sign you out. Please try again.");
        return;
      }
      closeMenu();
      confirmAccount(null);
      confirmCart(null);
      // A page drawn for the signed-in shopper (their cart, their orders) must not stay on screen.
      if (PRIVATE_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) router.push("/");
      else router.refresh();
    });
  }

  return (
    <details ref={details} onToggle={onToggle} className="group relative" data-testid="account-menu">
      <summary
        ref={summary}
        className={`${ACCOUNT_BUTTON} cursor-pointer list-none bg-subtle [&::-webkit-details-marker]:hidden`}
        aria-label={`Account: signed in as ${label}`}
      >
        <UserIcon className="size-5" />
      </summary>
      <div className="absolute right-0 z-50 mt-2 w-64 rounded-card border border-line bg-surface p-2 shadow-card">
        <p className="px-3 pt-2 pb-3 text-sm text-fg-muted">
          Signed in as
          <span className="block truncate font-semibold text-fg" data-testid="account-email">
            {email ?? label}
          </span>
        </p>
        <Link
          href="/account/orders"
          className="block rounded-control px-3 py-2.5 text-sm font-semibold text-fg hover:bg-subtle"
        >
          Your orders
        </Link>
        <form action={postSignOut} onSubmit={onSubmit}>
          <button
            type="submit"
            disabled={isPending}
            className="block w-full rounded-control px-3 py-2.5 text-left text-sm font-semibold text-fg hover:bg-subtle disabled:opacity-60"
          >
            {isPending ? "Signing out…" : "Sign out"}
          </button>
        </form>
        <p role="alert" className="px-3 text-sm text-sale empty:hidden">
          {message}
        </p>
      </div>
    </details>
  );
}

/** A `<details>` menu that closes like a menu should: on Escape (focus back on its button), a click outside, or a new page. */
function useDismissibleDetails() {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const close = useCallback(() => {
    if (details.current) details.current.open = false;
  }, []);
  useEffect(close, [pathname, close]);
  useDismiss(open, close, details, summary);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open);
  return { details, summary, onToggle, close };
}
