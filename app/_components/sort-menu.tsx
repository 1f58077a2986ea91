"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { ChevronIcon } from "./icons";
import { NavigationPendingMarker } from "./navigation-pending";

export interface SortChoice {
  value: string;
  label: string;
  /** The listing in this order, back on its first page. */
  href: string;
}

export interface SortMenuProps {
  /** The listing's path, where the form without JavaScript sends `sort` and the kept fields. */
  action: string;
  /** The listing's other parameters (query, filters) that a new order keeps. */
  kept?: [name: string, value: string][];
  value: string;
  choices: SortChoice[];
}

/**
 * A listing's sort order: a GET form with a submit button, so it works without JavaScript. With JavaScript, picking
 * an option navigates straight to its URL and the select dims until the new order has rendered; the button is in
 * <noscript>, so it never takes room and then leaves (which moved the results on hydration).
 */
export function SortMenu({ action, kept = [], value, choices }: SortMenuProps) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();

  return (
    <form action={action} method="get" className="flex items-center gap-2" aria-busy={pending}>
      {kept.map(([name, fieldValue], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={fieldValue} />
      ))}
      <label htmlFor={id} className="text-sm whitespace-nowrap text-fg-muted max-sm:sr-only">
        Sort by
      </label>
      <div className="relative">
        {/* 16 px text on phones: iOS zooms the page into any smaller form control that takes focus. */}
        <select
          id={id}
          name="sort"
          key={value}
          defaultValue={value}
          onChange={(event) => {
            const href = choices.find((choice) => choice.value === event.currentTarget.value)?.href;
            if (href) startTransition(() => router.push(href, { scroll: false }));
          }}
          className={`h-10 cursor-pointer appearance-none rounded-full border border-line-strong bg-surface pr-10 pl-4 text-base font-medium text-fg transition-colors hover:border-fg-muted sm:text-sm ${pending ? "opacity-60" : ""}`}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <ChevronIcon
          direction="down"
          className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-fg-muted"
        />
      </div>
      {pending ? <NavigationPendingMarker /> : null}
      <noscript>
        <button
          type="submit"
          className="h-10 rounded-full bg-fg px-4 text-sm font-semibold text-canvas transition-opacity hover:opacity-85"
        >
          Sort
        </button>
      </noscript>
    </form>
  );
}
