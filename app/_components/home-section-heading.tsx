import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import { ArrowRightIcon } from "./icons";

interface HomeSectionHeadingProps {
  id: string;
  title: string;
  subtitle: string;
  link?: { href: string; label: string };
  badge?: string | null;
}

/** A home section's title row: heading, one line of copy, an optional badge and a "see all" link. */
export function HomeSectionHeading({ id, title, subtitle, link, badge }: HomeSectionHeadingProps) {
  return (
    <div className="mb-6 flex items-end justify-between gap-4 sm:mb-8">
      <div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 id={id} className="font-display text-2xl font-semibold tracking-tight sm:text-3xl">
            {title}
          </h2>
          {badge ? (
            <span className="rounded-full bg-marigold-100 px-2.5 py-0.5 text-xs font-semibold text-marigold-700 dark:bg-marigold-700/25 dark:text-marigold-300">
              {badge}
            </span>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-fg-muted sm:text-base">{subtitle}</p>
      </div>
      {link ? (
        <Link
          href={link.href}
          className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-brand hover:text-brand-hover"
        >
          {link.label}
          <ArrowRightIcon className="size-4" />
          <LinkPendingMarker />
        </Link>
      ) : null}
    </div>
  );
}
