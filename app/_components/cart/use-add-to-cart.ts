"use client";

import { useEffect, useRef } from "react";
import { addToCartAction } from "@/app/_actions/cart-actions";
import { CART_FIELDS } from "@/app/_lib/cart-form";
import type { CartLineView } from "@/app/_lib/cart-view";
import { useCartUi } from "./cart-ui-provider";
import { useCartForm } from "./use-cart-form";

/**
 * An "add to cart" form: the line shows in the header count at once, and the drawer opens with it once the API has
 * confirmed. `line` is what to draw for a product that is not in the cart yet.
 */
export function useAddToCart(line: CartLineView) {
  const form = useCartForm(addToCartAction, (data) => ({
    kind: "add",
    line,
    quantity: Math.max(1, Number(data.get(CART_FIELDS.quantity)) || 1),
  }));
  const { openDrawer } = useCartUi();
  const opened = useRef(form.state.status === "done" ? form.state.id : 0);

  useEffect(() => {
    if (form.state.status !== "done" || form.state.id === opened.current) return;
    opened.current = form.state.id;
    openDrawer();
  }, [form.state, openDrawer]);

  return form;
}
