import Link from "next/link";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { ChevronIcon } from "@/app/_components/icons";
import { LineIcon } from "@/app/_components/line-icon";

export interface Crumb {
  name: string;
  /** Omitted for the current page. */
  href?: string;
}

/** The first crumb: the home page, shown as a house, so it is not confused with a category named "Home". */
const HOME_HREF = "/";

/**
 * Home › Clothing › Hoodies & Sweatshirts › Classic Fleece Hoodie, styled like the category pages' trail. The last
 * crumb is the current page.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol role="list" className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-fg-muted">
        {crumbs.map((crumb, index) => (
          <li
            key={`${index}-${crumb.name}`}
            // On phones the page's heading names the product right below: the trail stops at its category.
            className={`min-w-0 items-center gap-1.5 ${crumb.href ? "flex" : "hidden sm:flex"}`}
          >
            {index > 0 ? <ChevronIcon direction="right" className="size-3.5 shrink-0 text-fg-muted/70" /> : null}
            {crumb.href === HOME_HREF && index === 0 ? (
              <Link href={HOME_HREF} className="-m-1 rounded-sm p-1 transition-colors hover:text-fg">
                <HouseIcon />
                <span className="sr-only">{crumb.name} page</span>
                <LinkPendingMarker />
              </Link>
            ) : crumb.href ? (
              <Link href={crumb.href} className="rounded-sm transition-colors hover:text-fg">
                {crumb.name}
                <LinkPendingMarker />
              </Link>
            ) : (
              <span aria-current="page" className="truncate font-medium text-fg">
                {crumb.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function HouseIcon() {
  return (
    <LineIcon className="size-4">
      <path d="M4 10.5 12 4l8 6.5V20h-5.5v-5.5h-5V20H4z" />
    </LineIcon>
  );
}
