import { loadCartView } from "@/app/_lib/load-cart-view";
import { CartLink } from "./cart-link";
import { HeaderCart } from "./cart/header-cart";

/**
 * The header's cart: this shopper's count and the drawer. Reads the session, so render it inside <Suspense> to keep
 * the rest of the header from waiting. If the cart cannot be loaded the link still works, just without a number.
 */
export async function CartButton() {
  const loaded = await loadCartView();
  if (loaded === "unavailable") return <CartLink count={null} />;
  return <HeaderCart cart={loaded.cart} />;
}
