"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** The form's main button: it says it is working and cannot be pressed twice while the form is on its way. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "",
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`${PRIMARY_BUTTON_CLASS} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

export const PRIMARY_BUTTON_CLASS =
  "inline-flex h-12 items-center justify-center gap-2 rounded-full bg-brand px-7 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover disabled:cursor-wait disabled:opacity-70";
