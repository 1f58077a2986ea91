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
import { fetchShopper, type AccountState, type ShopperAccount, type ShopperCart } from "@/app/_lib/shopper-state";

/**
 * What the shopper's client parts share across the page: the last confirmed cart, changes not confirmed yet (drawn
 * on top of it by the header, the drawer and the cart page), whether the drawer is open, and who is signed in.
 */
interface CartUi {
  /** Loaded from the server once per page load (and when the tab is shown again), then from each action's answer. */
  cart: ShopperCart;
  /** A cart action's answer: the cart as the API now holds it. */
  confirmCart(cart: CartView | null): void;
  account: AccountState;
  /** After signing in or out: who the session now belongs to. */
  confirmAccount(account: ShopperAccount | null): void;
  pending: readonly PendingCartChange[];
  /** Call inside a transition: the change shows until that transition (the server action) ends. */
  addPending(change: PendingCartChange): void;
  drawerOpen: boolean;
  openDrawer(): void;
  closeDrawer(): void;
}

const CartUiContext = createContext<CartUi | null>(null);

export function CartUiProvider({ children }: { children: ReactNode }) {
  const { cart, confirmCart, account, confirmAccount } = useShopper();
  const [pending, addPending] = useOptimistic<readonly PendingCartChange[], PendingCartChange>(
    [],
    (changes, change) => [...changes, change],
  );
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openDrawer = useCallback(() => setDrawerOpen(true), []);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const value = useMemo(
    () => ({ cart, confirmCart, account, confirmAccount, pending, addPending, drawerOpen, openDrawer, closeDrawer }),
    [cart, confirmCart, account, confirmAccount, pending, addPending, drawerOpen, openDrawer, closeDrawer],
  );
  return <CartUiContext value={value}>{children}</CartUiContext>;
}

export function useCartUi(): CartUi {
  const context = useContext(CartUiContext);
  if (!context) throw new Error("useCartUi must be used inside <CartUiProvider>");
  return context;
}

/**
 * The cart and account from `GET /api/shopper`, fetched after hydration and again whenever the tab becomes visible
 * (another tab may have changed them). An action's answer is newer than any fetch still in flight, so it wins.
 */
function useShopper() {
  const [cart, setCart] = useState<ShopperCart>({ status: "loading" });
  const [account, setAccount] = useState<AccountState>("unknown");
  const confirmations = useRef(0);
  const confirmCart = useCallback((next: CartView | null) => {
    confirmations.current++;
    setCart({ status: "ready", cart: next });
  }, []);
  const confirmAccount = useCallback((next: ShopperAccount | null) => {
    confirmations.current++;
    setAccount(next);
  }, []);

  useEffect(() => {
    let controller = new AbortController();
    function load() {
      controller.abort();
      controller = new AbortController();
      const confirmedBefore = confirmations.current;
      fetchShopper(controller.signal).then(
        (loaded) => {
          if (confirmations.current !== confirmedBefore) return;
          setCart(loaded.cart);
          setAccount(loaded.account);
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

  return { cart, confirmCart, account, confirmAccount };
}
