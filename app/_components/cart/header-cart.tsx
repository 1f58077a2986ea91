"use client";

import type { MouseEvent } from "react";
import type { CartView } from "@/app/_lib/cart-view";
import { applyPendingChanges } from "@/app/_lib/pending-cart";
import { CartLink } from "../cart-link";
import { CartDrawer } from "./cart-drawer";
import { useCartUi } from "./cart-ui-provider";

/** The header's cart: the link with this shopper's count (changes not confirmed yet included) and the drawer. */
export function HeaderCart({ cart }: { cart: CartView | null }) {
  const { pending, openDrawer } = useCartUi();
  const count = applyPendingChanges(cart, pending).itemCount;

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window still gets the cart page.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openDrawer();
  }

  return (
    <>
      <CartLink count={count} onClick={onClick} />
      <CartDrawer cart={cart} />
    </>
  );
}
