"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { ChevronIcon } from "@/app/_components/icons";
import { SORT_OPTIONS, listingHref, type SortValue } from "../_lib/listing-params";

/**
 * The category's sort order. Changing it navigates at once (back to page 1); without JavaScript the
 * surrounding GET form and its Apply button do the same.
 */
export function SortSelect({ slug, value }: { slug: string; value: SortValue }) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();

  return (
    <form
      action={`/categories/${encodeURIComponent(slug)}`}
      method="get"
      className="flex items-center gap-2"
      aria-busy={pending}
    >
      <label htmlFor={id} className="sr-only text-sm whitespace-nowrap text-fg-muted sm:not-sr-only">
        Sort by
      </label>
      <div className="relative">
        <select
          key={value}
          id={id}
          name="sort"
          defaultValue={value}
          onChange={(event) => {
            const sort = event.currentTarget.value as SortValue;
            startTransition(() => router.push(listingHref(slug, { sort, page: 1 }), { scroll: false }));
          }}
          className={`h-10 appearance-none rounded-full border border-line bg-surface pr-10 pl-4 text-sm font-medium text-fg transition-colors hover:border-line-strong ${pending ? "opacity-60" : ""}`}
        >
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronIcon
          direction="down"
          className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-fg-muted"
        />
      </div>
      <noscript>
        <button
          type="submit"
          className="h-10 rounded-full border border-line-strong px-4 text-sm font-semibold text-fg hover:bg-subtle"
        >
          Apply
        </button>
      </noscript>
    </form>
  );
}
