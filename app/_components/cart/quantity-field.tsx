"use client";

import { useId, useState } from "react";
import { clampQuantity, type QuantityRule } from "@/app/_lib/quantity-rule";
import { StepperButton } from "./stepper-button";
import { useHydrated } from "./use-hydrated";

/**
 * A quantity to add: a number field that honours the product's minimum, maximum and step, with − and + buttons once
 * JavaScript runs (before that, and without it, the field alone works, and the buttons show as unavailable).
 */
export function QuantityField({
  name,
  rule,
  disabled = false,
}: {
  name: string;
  rule: QuantityRule;
  disabled?: boolean;
}) {
  const [value, setValue] = useState(rule.min);
  const hydrated = useHydrated();
  const id = useId();
  const hintId = useId();
  const quantity = clampQuantity(value, rule);
  const canLower = hydrated && !disabled && quantity - rule.step >= rule.min;
  const canRaise = hydrated && !disabled && (rule.max === null || quantity + rule.step <= rule.max);
  const hint = quantityHint(rule);

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Quantity
      </label>
      <div className="inline-flex h-12 items-center rounded-full border border-line-strong bg-surface sm:h-13">
        <StepperButton
          direction="down"
          size="lg"
          type="button"
          onClick={() => setValue(quantity - rule.step)}
          disabled={!canLower}
          data-js-only
          aria-label="Decrease quantity"
        />
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          min={rule.min}
          max={rule.max ?? undefined}
          step={rule.step}
          value={value}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          data-testid="quantity-input"
          onChange={(event) => setValue(event.target.valueAsNumber)}
          onBlur={() => setValue(quantity)}
          className="w-10 [appearance:textfield] bg-transparent text-center text-base font-semibold text-fg tabular-nums focus:outline-none disabled:text-fg-muted [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        <StepperButton
          direction="up"
          size="lg"
          type="button"
          onClick={() => setValue(quantity + rule.step)}
          disabled={!canRaise}
          data-js-only
          aria-label="Increase quantity"
        />
      </div>
      {hint ? (
        <p id={hintId} className="mt-1.5 text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function quantityHint(rule: QuantityRule): string | null {
  const parts: string[] = [];
  if (rule.step > 1) parts.push(`Sold in ${rule.step}s`);
  if (rule.max !== null) parts.push(`up to ${rule.max} per order`);
  if (parts.length === 0) return null;
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}
