import Link from "next/link";
import { CheckIcon } from "@/app/_components/icons";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";

/**
 * A facet value as a link that turns it on or off, drawn as a checkbox row. Plain links keep the
 * filters working without JavaScript; the state is in the link text for screen readers. Once tapped, the box shows
 * its new state while the filtered listing loads.
 */
export function FacetCheckLink({
  href,
  label,
  count,
  selected,
  emphasis = false,
}: {
  href: string;
  label: string;
  count: number;
  selected: boolean;
  emphasis?: boolean;
}) {
  return (
    <Link
      href={href}
      rel="nofollow"
      scroll={false}
      data-selected={selected || undefined}
      className="group/facet flex min-h-10 items-center gap-3 rounded-lg px-2 py-1.5 text-sm transition-colors hover:bg-subtle lg:min-h-9"
    >
      <span
        aria-hidden="true"
        className={`grid size-[1.125rem] shrink-0 place-items-center rounded-[0.3125rem] border transition-colors ${
          selected
            ? "border-brand bg-brand text-on-brand group-has-[[data-navigation-pending]]/facet:border-line-strong group-has-[[data-navigation-pending]]/facet:bg-surface"
            : "border-line-strong bg-surface text-on-brand group-hover/facet:border-fg-muted group-has-[[data-navigation-pending]]/facet:border-brand group-has-[[data-navigation-pending]]/facet:bg-brand"
        }`}
      >
        <CheckIcon
          className={`size-3.5 ${
            selected
              ? "group-has-[[data-navigation-pending]]/facet:hidden"
              : "hidden group-has-[[data-navigation-pending]]/facet:block"
          }`}
          strokeWidth={2.5}
        />
      </span>
      <span className={`min-w-0 flex-1 ${emphasis || selected ? "font-medium text-fg" : "text-fg"}`}>
        {selected ? <span className="sr-only">Remove filter: </span> : null}
        {label}
      </span>
      <span className="text-xs text-fg-muted tabular-nums">
        {count}
        <span className="sr-only"> {count === 1 ? "product" : "products"}</span>
      </span>
      <LinkPendingMarker />
    </Link>
  );
}
