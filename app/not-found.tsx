import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="font-display text-6xl font-semibold text-brand">404</p>
      <h1 className="mt-4 font-display text-3xl font-semibold tracking-tight sm:text-4xl">
        We couldn’t find that page
      </h1>
      <p className="mt-4 leading-relaxed text-fg-muted">
        It may have moved, or the link may be mistyped. Try searching, or start again from the home page.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/search"
          className="inline-flex h-11 items-center rounded-full bg-brand px-6 font-semibold text-on-brand transition-colors hover:bg-brand-hover"
        >
          Browse all products
        </Link>
        <Link
          href="/"
          className="inline-flex h-11 items-center rounded-full border border-line-strong px-6 font-semibold transition-colors hover:bg-subtle"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
