import Link from "next/link";
import { ChevronIcon } from "@/app/_components/icons";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { PULSE_WHILE_LOADING } from "@/app/_lib/listing-pending-styles";
import { listingHref, type SortValue } from "../_lib/listing-params";

interface CategoryPaginationProps {
  slug: string;
  sort: SortValue;
  page: number;
  totalPages: number;
}

/** Numbered pages (first, last and two around the current one), with previous and next. */
export function CategoryPagination({ slug, sort, page, totalPages }: CategoryPaginationProps) {
  const href = (target: number) => listingHref(slug, { sort, page: target });
  const base =
    "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-semibold tabular-nums";
  const link = `${base} text-fg hover:bg-subtle ${PULSE_WHILE_LOADING}`;
  return (
    <nav aria-label="Pagination" className="mt-12 flex justify-center">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={`${link} gap-1`}>
              <ChevronIcon direction="left" className="size-4" />
              Previous
              <LinkPendingMarker />
            </Link>
          ) : null}
        </li>
        {pageWindow(page, totalPages).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-fg-muted">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={`${base} bg-fg text-canvas`}>
                  <span className="sr-only">Page </span>
                  {item}
                </span>
              ) : (
                <Link href={href(item)} className={link}>
                  <span className="sr-only">Page </span>
                  {item}
                  <LinkPendingMarker />
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next" className={`${link} gap-1`}>
              Next
              <ChevronIcon direction="right" className="size-4" />
              <LinkPendingMarker />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}

/** e.g. page 6 of 12 → 1 … 5 6 7 … 12. */
function pageWindow(page: number, totalPages: number): (number | "gap")[] {
  const pages = new Set([1, totalPages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= totalPages));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || n === previous + 1) return [n];
    return n === previous + 2 ? [previous + 1, n] : ["gap" as const, n];
  });
}
