"use client";

import Link from "next/link";
import { useEffect } from "react";

/**
 * Shown when a page fails to render, most often because the Commerce Engine API could not be reached.
 * Shoppers get a plain explanation and a retry; the details stay in the server log (see `digest`).
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="text-sm font-semibold tracking-[0.14em] text-brand uppercase">Something went wrong</p>
      <h1 className="mt-3 font-display text-3xl font-semibold tracking-tight sm:text-4xl">
        We couldn’t load this page
      </h1>
      <p className="mt-4 leading-relaxed text-fg-muted">
        The store may be briefly unavailable. Please try again in a moment; your cart is safe.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex h-11 items-center rounded-full bg-brand px-6 font-semibold text-on-brand transition-colors hover:bg-brand-hover"
        >
          Try again
        </button>
        <Link
          href="/"
          className="inline-flex h-11 items-center rounded-full border border-line-strong px-6 font-semibold transition-colors hover:bg-subtle"
        >
          Go to the home page
        </Link>
      </div>
      {digest ? <p className="mt-8 text-xs text-fg-muted">Reference: {digest}</p> : null}
    </div>
  );
}
