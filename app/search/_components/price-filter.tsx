"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import { useId, useTransition, type FormEvent } from "react";
import { NavigationPendingMarker } from "@/app/_components/navigation-pending";
import {
  parseSearchParams,
  searchHref,
  searchParamEntries,
  withChanges,
  type SearchState,
} from "@/app/_lib/search-params";

/**
 * Min/max price as a GET form that keeps the other filters in hidden fields, so it works before
 * JavaScript; with JavaScript it navigates to the clean URL (empty bounds dropped, a reversed range swapped).
 */
export function PriceFilter({
  state,
  bounds,
  currencySymbol,
}: {
  state: SearchState;
  bounds: { min: number; max: number } | null;
  currencySymbol: string;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const kept = searchParamEntries(state).filter(([name]) => name !== "min" && name !== "max" && name !== "page");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const { min, max } = parseSearchParams({ min: String(data.get("min") ?? ""), max: String(data.get("max") ?? "") });
    startTransition(() => router.push(searchHref(withChanges(state, { min, max })), { scroll: false }));
  }

  return (
    <Form action="/search" onSubmit={onSubmit} className="flex items-end gap-2" aria-busy={pending}>
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <PriceInput
        id={`${id}-min`}
        name="min"
        label="Min"
        fullLabel="Minimum price"
        symbol={currencySymbol}
        defaultValue={state.min}
        placeholder={bounds ? String(Math.floor(bounds.min)) : "0"}
      />
      <span aria-hidden="true" className="pb-2.5 text-fg-muted">
        –
      </span>
      <PriceInput
        id={`${id}-max`}
        name="max"
        label="Max"
        fullLabel="Maximum price"
        symbol={currencySymbol}
        defaultValue={state.max}
        placeholder={bounds ? String(Math.ceil(bounds.max)) : "Any"}
      />
      <button
        type="submit"
        className={`h-10 shrink-0 rounded-full bg-fg px-4 text-sm font-semibold text-canvas transition-opacity hover:opacity-85 ${pending ? "opacity-60" : ""}`}
      >
        Go<span className="sr-only"> to price range</span>
      </button>
      {pending ? <NavigationPendingMarker /> : null}
    </Form>
  );
}

function PriceInput({
  id,
  name,
  label,
  fullLabel,
  symbol,
  defaultValue,
  placeholder,
}: {
  id: string;
  name: string;
  label: string;
  fullLabel: string;
  symbol: string;
  defaultValue: number | null;
  placeholder: string;
}) {
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="mb-1 block text-xs text-fg-muted">
        <span aria-hidden="true">{label}</span>
        <span className="sr-only">{fullLabel}</span>
      </label>
      <div className="relative">
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-sm text-fg-muted"
        >
          {symbol}
        </span>
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          step="any"
          // Keyed on the URL's value, so a new search resets what was typed.
          key={defaultValue ?? "none"}
          defaultValue={defaultValue ?? undefined}
          placeholder={placeholder}
          className="h-10 w-full appearance-none rounded-control border border-line-strong bg-surface pr-2 pl-7 text-base text-fg tabular-nums placeholder:text-fg-muted/80 hover:border-fg-muted sm:text-sm [&::-webkit-inner-spin-button]:appearance-none"
        />
      </div>
    </div>
  );
}
