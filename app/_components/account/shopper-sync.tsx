"use client";

import { useEffect } from "react";
import type { CartView } from "@/app/_lib/cart-view";
import type { ShopperAccount } from "@/app/_lib/shopper-state";
import { useCartUi } from "../cart/cart-ui-provider";

/**
 * Hands what a per-shopper page learned on the server (who is signed in, their cart) to the header. A page reached
 * right after signing in would otherwise show the header as it was when the site was first opened.
 */
export function ShopperSync({ account, cart }: { account: ShopperAccount | null; cart?: CartView | null }) {
  const { confirmAccount, confirmCart } = useCartUi();
  const email = account?.email ?? null;
  const firstName = account?.firstName ?? null;
  const signedIn = account !== null;
  useEffect(() => {
    confirmAccount(signedIn ? { email, firstName } : null);
  }, [confirmAccount, signedIn, email, firstName]);
  useEffect(() => {
    if (cart !== undefined) confirmCart(cart);
  }, [confirmCart, cart]);
  return null;
}
