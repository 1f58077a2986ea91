"use client";

import { createContext, useCallback, useContext, useMemo, useOptimistic, useState, type ReactNode } from "react";
import type { PendingCartChange } from "@/app/_lib/pending-cart";

/**
 * What the cart's client parts share across the page: changes not confirmed yet (drawn on top of the last
 * confirmed cart by the header, the drawer and the cart page) and whether the drawer is open. The cart itself comes
 * from the server with every render; this holds only what the browser knows before the server answers.
 */
interface CartUi {
  pending: readonly PendingCartChange[];
  /** Call inside a transition: the change shows until that transition (the server action) ends. */
  addPending(change: PendingCartChange): void;
  drawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
}

const CartUiContext = createContext<CartUi | null>(null);

export function CartUiProvider({ children }: { children: ReactNode }) {
  const [pending, addPending] = useOptimistic<readonly PendingCartChange[], PendingCartChange>(
    [],
    (changes, change) => [...changes, change],
  );
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openDrawer = useCallback(() => setDrawerOpen(true), []);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const value = useMemo(
    () => ({ pending, addPending, drawerOpen, openDrawer, closeDrawer }),
    [pending, addPending, drawerOpen, openDrawer, closeDrawer],
  );
  return <CartUiContext value={value}>{children}</CartUiContext>;
}

export function useCartUi(): CartUi {
  const context = useContext(CartUiContext);
  if (!context) throw new Error("useCartUi must be used inside <CartUiProvider>");
  return context;
}
