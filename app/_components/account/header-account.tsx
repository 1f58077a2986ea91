"use client";

import Link from "next/link";
import { lazy, Suspense } from "react";
import { useCartUi } from "../cart/cart-ui-provider";
import { UserIcon } from "../icons";
import { ACCOUNT_BUTTON } from "./account-button";

// Most visitors are guests: the signed-in shopper's menu loads only for a signed-in shopper.
const AccountMenu = lazy(() => import("./account-menu").then((module) => ({ default: module.AccountMenu })));

/**
 * The header's account control. A guest gets a "Sign in" link; a signed-in shopper a menu with their address, their
 * orders and "Sign out". Until the browser knows who is signed in (and without JavaScript) it links to the orders
 * page, which asks a guest to sign in.
 */
export function HeaderAccount() {
  const { account } = useCartUi();
  const accountLink = (
    <Link href="/account/orders" className={ACCOUNT_BUTTON} aria-label="Your account" data-testid="account-link">
      <UserIcon className="size-5" />
    </Link>
  );
  if (account === "unknown") return accountLink;
  if (account === null) {
    return (
      <Link href="/sign-in" className={ACCOUNT_BUTTON} aria-label="Sign in" data-testid="sign-in-link">
        <UserIcon className="size-5" />
      </Link>
    );
  }
  return (
    <Suspense fallback={accountLink}>
      <AccountMenu label={account.firstName ?? account.email ?? "Your account"} email={account.email} />
    </Suspense>
  );
}
