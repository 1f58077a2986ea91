"use client";

import { lazy, Suspense, useState, type MouseEvent } from "react";
import { applyPendingChanges } from "@/app/_lib/pending-cart";
import { CartLink } from "../cart-link";
import { useCartUi } from "./cart-ui-provider";

// The drawer's code loads when it is first wanted, not with every page.
// (React.lazy rather than next/dynamic: the drawer never renders on the server, and it keeps next/dynamic's code out.)
const CartDrawer = lazy(() => import("./cart-drawer").then((module) => ({ default: module.CartDrawer })));

/**
 * The header's cart: the link with this shopper's count (changes not confirmed yet included) and the drawer. Until
 * the cart has loaded, or when it cannot be, the link shows no number; without JavaScript it is a plain link.
 */
export function HeaderCart() {
  const { cart, pending, drawerOpen, openDrawer } = useCartUi();
  const [drawerWanted, setDrawerWanted] = useState(false);
  if (drawerOpen && !drawerWanted) setDrawerWanted(true);
  const count = cart.status === "ready" ? applyPendingChanges(cart.cart, pending).itemCount : null;

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window still gets the cart page.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openDrawer();
  }

  return (
    <>
      <CartLink count={count} onClick={onClick} onIntent={() => setDrawerWanted(true)} />
      {drawerWanted ? (
        <Suspense fallback={null}>
          <CartDrawer cart={cart.status === "ready" ? cart.cart : null} />
        </Suspense>
      ) : null}
    </>
  );
}
