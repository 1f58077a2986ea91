import { useId, type InputHTMLAttributes } from "react";

/**
 * A labelled input with its explanation under it. An error marks the field invalid (`aria-invalid`) and is tied to it
 * (`aria-describedby`), so a screen reader reads it with the field.
 */
export function TextField({
  label,
  error,
  hint,
  className = "",
  ...input
}: {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "id">) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-fg">
        {label}
        {input.required ? null : <span className="font-normal text-fg-muted"> (optional)</span>}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={FIELD_CLASS}
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm text-sale" data-testid="field-error">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export const FIELD_CLASS =
  "mt-1.5 block h-11 w-full rounded-control border border-line-strong bg-surface px-3.5 text-base text-fg placeholder:text-fg-muted focus:border-fg focus:outline-none aria-invalid:border-sale sm:text-sm";
