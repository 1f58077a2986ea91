import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getActiveCart } from "@/lib/commerce/cart";
import { toCartView, type CartView } from "./cart-view";

/** This shopper's cart for display; "unavailable" (logged) when the API could not be asked. */
export async function loadCartView(): Promise<{ cart: CartView | null } | "unavailable"> {
  try {
    const cart = await getActiveCart();
    return { cart: cart ? toCartView(cart) : null };
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[cart] could not load the cart: ${error instanceof Error ? error.message : String(error)}`);
    return "unavailable";
  }
}
