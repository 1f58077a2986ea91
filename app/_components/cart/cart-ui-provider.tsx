"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useOptimistic,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { CartView } from "@/app/_lib/cart-view";
import type { PendingCartChange } from "@/app/_lib/pending-cart";
import { fetchShopperCart, type ShopperCart } from "@/app/_lib/shopper-cart";

/**
 * What the cart's client parts share across the page: the shopper's last confirmed cart, changes not confirmed yet
 * (drawn on top of it by the header, the drawer and the cart page) and whether the drawer is open.
 */
interface CartUi {
  /** Loaded from the server once per page load (and when the tab is shown again), then from each action's answer. */
  cart: ShopperCart;
  /** A cart action's answer: the cart as the API now holds it. */
  confirmCart(cart: CartView | null): void;
  pending: readonly PendingCartChange[];
  /** Call inside a transition: the change shows until that transition (the server action) ends. */
  addPending(change: PendingCartChange): void;
  drawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
}

const CartUiContext = createContext<CartUi | null>(null);

export function CartUiProvider({ children }: { children: ReactNode }) {
  const [cart, confirmCart] = useShopperCart();
  const [pending, addPending] = useOptimistic<readonly PendingCartChange[], PendingCartChange>(
    [],
    (changes, change) => [...changes, change],
  );
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openDrawer = useCallback(() => setDrawerOpen(true), []);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const value = useMemo(
    () => ({ cart, confirmCart, pending, addPending, drawerOpen, openDrawer, closeDrawer }),
    [cart, confirmCart, pending, addPending, drawerOpen, openDrawer, closeDrawer],
  );
  return <CartUiContext value={value}>{children}</CartUiContext>;
}

export function useCartUi(): CartUi {
  const context = useContext(CartUiContext);
  if (!context) throw new Error("useCartUi must be used inside <CartUiProvider>");
  return context;
}

/**
 * The cart from `GET /api/cart`, fetched after hydration and again whenever the tab becomes visible (another tab may
 * have changed it). An action's answer is newer than any fetch still in flight, so it wins.
 */
function useShopperCart(): [ShopperCart, (cart: CartView | null) => void] {
  const [cart, setCart] = useState<ShopperCart>({ status: "loading" });
  const confirmations = useRef(0);
  const confirmCart = useCallback((next: CartView | null) => {
    confirmations.current++;
    setCart({ status: "ready", cart: next });
  }, []);

  useEffect(() => {
    let controller = new AbortController();
    function load() {
      controller.abort();
      controller = new AbortController();
      const confirmedBefore = confirmations.current;
      fetchShopperCart(controller.signal).then(
        (loaded) => {
          if (confirmations.current === confirmedBefore) setCart(loaded);
        },
        () => {}, // aborted: a newer load replaced it
      );
    }
    function onVisibilityChange() {
      if (document.visibilityState === "visible") load();
    }
    load();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      controller.abort();
    };
  }, []);

  return [cart, confirmCart];
}
