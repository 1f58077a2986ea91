import type { ReactNode } from "react";
import { ChevronDownIcon, FilterIcon } from "./search-icons";

/**
 * The facet panel's container: on phones and tablets a native disclosure ("Filters"), closed at first so
 * results come first; from `lg` a sidebar that is always shown (the summary hides, the content is forced
 * visible). No JavaScript needed either way.
 */
export function FilterDisclosure({
  count,
  className = "",
  children,
}: {
  count: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <details
      data-testid="filters"
      className={`group rounded-card border border-line bg-surface open:shadow-card lg:self-start lg:rounded-none lg:border-0 lg:bg-transparent lg:open:shadow-none lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block ${className}`}
    >
      <summary className="flex h-12 cursor-pointer list-none items-center gap-3 rounded-card px-4 text-[0.9375rem] font-semibold select-none lg:hidden [&::-webkit-details-marker]:hidden">
        <FilterIcon className="size-5 text-fg-muted" />
        Filters
        {count > 0 ? (
          <span className="grid h-5 min-w-5 place-items-center rounded-full bg-brand px-1.5 text-xs font-semibold text-on-brand tabular-nums">
            <span className="sr-only">(</span>
            {count}
            <span className="sr-only"> applied)</span>
          </span>
        ) : null}
        <ChevronDownIcon className="ml-auto size-5 text-fg-muted transition-transform group-open:rotate-180" />
      </summary>
      <div className="border-t border-line px-4 pt-2 pb-5 lg:border-0 lg:p-0">{children}</div>
    </details>
  );
}
