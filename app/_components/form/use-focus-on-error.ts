"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/app/_lib/form-state";

/**
 * After a form's answer with errors, moves focus to the first field marked invalid (its explanation is read with it),
 * so a keyboard or screen-reader user lands where the problem is. Returns the ref for the form.
 */
export function useFocusOnError(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return form;
}
