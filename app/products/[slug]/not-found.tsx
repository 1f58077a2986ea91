import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Product not found" };

/** An unknown product slug: a real 404 with a way back into the catalog. */
export default function ProductNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="text-sm font-semibold tracking-[0.14em] text-brand uppercase">Product not found</p>
      <h1 className="mt-3 font-display text-3xl font-semibold tracking-tight sm:text-4xl">
        This product isn’t in the store
      </h1>
      <p className="mt-4 leading-relaxed text-fg-muted">
        It may have sold out for good or moved to a new address, or the link may be mistyped. Search the store to find
        something similar.
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
