import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { ChevronIcon } from "@/app/_components/icons";
import type { Crumb } from "../_lib/category-trail";

/** Home › parent › category. The last crumb is the current page. */
export function CategoryBreadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-fg-muted">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-x-1.5">
              {index > 0 ? <ChevronIcon direction="right" className="size-3.5 shrink-0 text-fg-muted/70" /> : null}
              {current ? (
                <span aria-current="page" className="font-medium text-fg">
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.href} className="rounded-sm transition-colors hover:text-fg">
                  {crumb.name}
                  <LinkPendingMarker />
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
