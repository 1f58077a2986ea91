import type { CatalogIndex } from "../catalog-index";
import { clampToLineRules } from "./cart-line-rules";
import type { CartStore } from "./cart-store";

export type CarryOver = "none" | "moved" | "merged";

/**
 * What happens to a guest's cart when they sign in:
 * - the account has no active cart: the guest's cart becomes the account's, same cart id, lines, coupon and all;
 * - the account already has one (from an earlier visit or another device): the guest's lines are merged into it,
 *   quantities of the same product/variant added, each line brought down to what its rules and stock allow, and the
 *   guest's cart is deleted. The account's cart id is kept because that is the cart the account's other sessions
 *   know; nothing the shopper picked as a guest is lost. Its coupon stays; the guest's applies only if it had none.
 */
export function carryOverGuestCart(
  carts: CartStore,
  catalog: CatalogIndex,
  guestId: string,
  accountId: string,
): CarryOver {
  const guestCart = carts.findActive(guestId);
  if (!guestCart) return "none";
  const accountCart = carts.findActive(accountId);
  if (!accountCart) {
    carts.reassign(guestCart, accountId);
    return "moved";
  }
  for (const line of guestCart.lines) {
    const variantId = line.variant?.id ?? null;
    const existing = accountCart.lines.find(
      (candidate) => candidate.product.id === line.product.id && (candidate.variant?.id ?? null) === variantId,
    );
    const merged = clampToLineRules(catalog, {
      product_id: line.product.id,
      variant_id: variantId,
      quantity: (existing?.quantity ?? 0) + line.quantity,
    });
    // A line no quantity of which can be bought any more leaves the account's line as it was.
    if (merged) carts.setLine(accountCart, merged);
  }
  if (!accountCart.couponCode && guestCart.couponCode) carts.setCoupon(accountCart, guestCart.couponCode);
  if (guestCart.metadata) accountCart.metadata = { ...guestCart.metadata, ...accountCart.metadata };
  carts.remove(guestCart);
  return "merged";
}
