"use client";

import { startTransition, useState, useTransition, type FormEvent } from "react";
import { IDLE, type CartFormState } from "@/app/_lib/cart-form";
import type { PendingCartChange } from "@/app/_lib/pending-cart";
import { useCartUi } from "./cart-ui-provider";

type CartAction = (form: FormData) => Promise<CartFormState>;

const UNREACHABLE = "We couldn't reach the store, so your cart is unchanged. Please try again.";

/**
 * A cart form that works both ways. Without JavaScript the browser posts it to the server action (`formAction`).
 * With JavaScript `onSubmit` takes over: it draws the change at once (`pendingChange`), then runs the same action in
 * the same transition, so the drawn change lasts exactly until the server's answer arrives, and the answer's cart
 * becomes the one every cart part shows. Next.js runs server actions one after another, in the order they were
 * called, which is what makes five quick "add" clicks add five.
 */
export function useCartForm(action: CartAction, pendingChange?: (form: FormData) => PendingCartChange | null) {
  const [state, setState] = useState<CartFormState>(IDLE);
  const [isPending, startFormTransition] = useTransition();
  const { addPending, confirmCart } = useCartUi();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startFormTransition(async () => {
      const change = pendingChange?.(form);
      if (change) addPending(change);
      const answer = await action(form).catch((): CartFormState => ({
        status: "error",
        message: UNREACHABLE,
        id: Date.now(),
      }));
      // The form may be gone by now (a removed line); the cart still takes the answer.
      startTransition(() => {
        setState(answer);
        if (answer.status !== "idle" && answer.cart !== undefined) confirmCart(answer.cart);
      });
    });
  }

  // Posted by a browser without JavaScript, the action answers with a redirect: its return value goes unused.
  const formAction: (form: FormData) => void = action;
  return { state, formAction, onSubmit, isPending };
}
