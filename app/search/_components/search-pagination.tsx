import Link from "next/link";
import type { ReactNode } from "react";
import { searchHref, withChanges, type SearchState } from "@/app/_lib/search-params";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { PULSE_WHILE_LOADING } from "@/app/_lib/listing-pending-styles";
import { pageItems, type PageItem } from "../_lib/page-items";
import { ChevronLeftIcon, ChevronRightIcon } from "./search-icons";

const item = "grid h-10 min-w-10 place-items-center rounded-full px-2 text-sm font-medium tabular-nums";

/** Numbered page links with previous/next; phones show fewer numbers. Links only, so it works without JavaScript. */
export function SearchPagination({ state, pageCount }: { state: SearchState; pageCount: number }) {
  if (pageCount <= 1) return null;
  const current = state.page;
  const href = (page: number) => searchHref(withChanges(state, { page }));
  return (
    <nav aria-label="Pagination" className="mt-12 flex items-center justify-center gap-1 sm:mt-16 sm:gap-2">
      <Step href={current > 1 ? href(current - 1) : null} rel="prev" label="Previous page">
        <ChevronLeftIcon className="size-5" />
        <span className="hidden sm:inline">Previous</span>
      </Step>
      <PageList items={pageItems(current, pageCount, 0)} current={current} href={href} className="flex sm:hidden" />
      <PageList items={pageItems(current, pageCount, 1)} current={current} href={href} className="hidden sm:flex" />
      <Step href={current < pageCount ? href(current + 1) : null} rel="next" label="Next page">
        <span className="hidden sm:inline">Next</span>
        <ChevronRightIcon className="size-5" />
      </Step>
    </nav>
  );
}

function PageList({
  items,
  current,
  href,
  className,
}: {
  items: PageItem[];
  current: number;
  href: (page: number) => string;
  className: string;
}) {
  return (
    <ol role="list" className={`items-center gap-1 ${className}`}>
      {items.map((entry, index) =>
        entry === "gap" ? (
          <li key={`gap-${index}`} aria-hidden="true" className="grid h-10 w-6 place-items-center text-fg-muted">
            …
          </li>
        ) : (
          <li key={entry}>
            {entry === current ? (
              <span aria-current="page" className={`${item} bg-fg text-canvas`}>
                <span className="sr-only">Page </span>
                {entry}
              </span>
            ) : (
              <Link
                href={href(entry)}
                className={`${item} text-fg transition-colors hover:bg-subtle ${PULSE_WHILE_LOADING}`}
              >
                <span className="sr-only">Page </span>
                {entry}
                <LinkPendingMarker />
              </Link>
            )}
          </li>
        ),
      )}
    </ol>
  );
}

function Step({
  href,
  rel,
  label,
  children,
}: {
  href: string | null;
  rel: "prev" | "next";
  label: string;
  children: ReactNode;
}) {
  const className = "inline-flex h-10 items-center gap-1 rounded-full px-2.5 text-sm font-semibold sm:px-3.5";
  if (!href) {
    return (
      <span aria-hidden="true" className={`${className} text-fg-muted/50`}>
        {children}
      </span>
    );
  }
  return (
    <Link
      href={href}
      rel={rel}
      aria-label={label}
      className={`${className} text-fg transition-colors hover:bg-subtle ${PULSE_WHILE_LOADING}`}
    >
      {children}
      <LinkPendingMarker />
    </Link>
  );
}
