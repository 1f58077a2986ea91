import Link from "next/link";
import { LinkPendingMarker } from "./navigation-pending";
import type { ReactNode } from "react";

/** The body of a 404 page: what was not found, and the two ways back into the store. */
export function NotFoundPanel({
  eyebrow,
  title,
  children,
}: {
  eyebrow: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      {eyebrow}
      <h1 className="mt-4 font-display text-3xl font-semibold tracking-tight sm:text-4xl">{title}</h1>
      <p className="mt-4 leading-relaxed text-fg-muted">{children}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/search"
          className="inline-flex h-11 items-center rounded-full bg-brand px-6 font-semibold text-on-brand transition-colors hover:bg-brand-hover"
        >
          Browse all products
          <LinkPendingMarker />
        </Link>
        <Link
          href="/"
          className="inline-flex h-11 items-center rounded-full border border-line-strong px-6 font-semibold transition-colors hover:bg-subtle"
        >
          Go to the home page
          <LinkPendingMarker />
        </Link>
      </div>
    </div>
  );
}
