import { unstable_rethrow } from "next/navigation";
import { cartQuantity, getActiveCart } from "@/lib/commerce/cart";
import { CartLink } from "./cart-link";

/**
 * The header's cart link with the shopper's item count. Reads the session, so render it inside
 * <Suspense> to keep the rest of the header from waiting. If the cart cannot be loaded the link still
 * works, just without a number.
 */
export async function CartButton() {
  let count: number | null;
  try {
    count = cartQuantity(await getActiveCart());
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects, not found) must pass through.
    unstable_rethrow(error);
    console.error(`[cart] could not load the cart count: ${error instanceof Error ? error.message : String(error)}`);
    count = null;
  }
  return <CartLink count={count} />;
}
