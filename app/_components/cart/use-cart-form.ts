"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { IDLE, type CartFormState } from "@/app/_lib/cart-form";
import type { PendingCartChange } from "@/app/_lib/pending-cart";
import { useCartUi } from "./cart-ui-provider";

type CartAction = (previous: CartFormState, form: FormData) => Promise<CartFormState>;

/**
 * A cart form that works both ways. Without JavaScript the browser posts it to the server action (`formAction`).
 * With JavaScript `onSubmit` takes over: it draws the change at once (`pendingChange`), then runs the same action in
 * the same transition, so the drawn change lasts exactly until the server's answer arrives. Submissions queue in
 * order, which is what makes five quick "add" clicks add five.
 */
export function useCartForm(action: CartAction, pendingChange?: (form: FormData) => PendingCartChange | null) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const { addPending } = useCartUi();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => {
      const change = pendingChange?.(form);
      if (change) addPending(change);
      formAction(form);
    });
  }

  return { state, formAction, onSubmit, isPending };
}
