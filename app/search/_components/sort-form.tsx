"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import {
  SEARCH_SORTS,
  SEARCH_SORT_LABELS,
  searchHref,
  searchParamEntries,
  withChanges,
  type SearchSort,
  type SearchState,
} from "@/app/_lib/search-params";
import { ChevronDownIcon } from "./search-icons";

/**
 * The sort order: a GET form with a submit button, so it works without JavaScript. With JavaScript, picking an
 * option navigates straight to the new URL; the button is in <noscript>, so it never takes room and then leaves
 * (which moved the results on hydration).
 */
export function SortForm({ state }: { state: SearchState }) {
  const router = useRouter();
  const id = useId();
  // The search page renders on the server before it shows: the select dims until the new order arrives.
  const [pending, startTransition] = useTransition();
  const kept = searchParamEntries(state).filter(([name]) => name !== "sort" && name !== "page");

  return (
    <Form action="/search" className="flex items-center gap-2" aria-busy={pending}>
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="text-sm text-fg-muted max-sm:sr-only">
        Sort by
      </label>
      <div className="relative">
        <select
          id={id}
          name="sort"
          key={state.sort}
          defaultValue={state.sort}
          onChange={(event) => {
            const href = searchHref(withChanges(state, { sort: event.currentTarget.value as SearchSort }));
            startTransition(() => router.push(href, { scroll: false }));
          }}
          className={`h-10 cursor-pointer appearance-none rounded-full border border-line-strong bg-surface pr-10 pl-4 text-base font-medium text-fg transition-colors hover:border-fg-muted sm:text-sm ${pending ? "opacity-60" : ""}`}
        >
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SEARCH_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-fg-muted" />
      </div>
      <noscript>
        <button
          type="submit"
          className="h-10 rounded-full bg-fg px-4 text-sm font-semibold text-canvas transition-opacity hover:opacity-85"
        >
          Sort
        </button>
      </noscript>
    </Form>
  );
}
