import { cartLineKey, roundMoney, type CartLineView, type CartView } from "./cart-view";

/**
 * Cart changes the shopper has made that the API has not confirmed yet. The UI draws the last confirmed cart with
 * these on top, so a click shows at once; when the server's new cart arrives the list is empty again.
 */
export type PendingCartChange =
  /** Add units of a line; the line carries what to draw if it is not in the cart yet. */
  | { kind: "add"; line: CartLineView; quantity: number }
  /** Set a line's quantity; 0 removes it. */
  | { kind: "set"; key: string; quantity: number };

/** A cart as drawn: confirmed data with pending changes applied. */
export interface DisplayedCart {
  lines: DisplayedCartLine[];
  itemCount: number;
  /** Some change is not confirmed yet: totals are the last confirmed ones. */
  pending: boolean;
}

export interface DisplayedCartLine extends CartLineView {
  pending: boolean;
}

export function applyPendingChanges(cart: CartView | null, changes: readonly PendingCartChange[]): DisplayedCart {
  const lines: DisplayedCartLine[] = (cart?.lines ?? []).map((line) => ({ ...line, pending: false }));
  for (const change of changes) {
    const key = change.kind === "add" ? change.line.key : change.key;
    const index = lines.findIndex((line) => line.key === key);
    const existing = index >= 0 ? lines[index] : undefined;
    if (change.kind === "add") {
      const base = existing ?? { ...change.line, quantity: 0, pending: true };
      lines.splice(
        index >= 0 ? index : lines.length,
        index >= 0 ? 1 : 0,
        withQuantity(base, base.quantity + change.quantity),
      );
    } else if (existing) {
      if (change.quantity <= 0) lines.splice(index, 1);
      else lines[index] = withQuantity(existing, change.quantity);
    }
  }
  return {
    lines,
    itemCount: lines.reduce((total, line) => total + line.quantity, 0),
    pending: changes.length > 0,
  };
}

function withQuantity(line: DisplayedCartLine, quantity: number): DisplayedCartLine {
  return { ...line, quantity, lineTotal: roundMoney(line.unitPrice * quantity), pending: true };
}

/** The line a product page or card would add, for drawing it before the API confirms it. */
export function pendingLine(input: Omit<CartLineView, "key" | "lineTotal" | "quantity">): CartLineView {
  return { ...input, key: cartLineKey(input.productId, input.variantId), quantity: 0, lineTotal: 0 };
}
