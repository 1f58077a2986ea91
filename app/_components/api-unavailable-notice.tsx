import Link from "next/link";

/** Friendly stand-in for content the Commerce Engine API could not deliver. No error details. */
export function ApiUnavailableNotice({ retryHref }: { retryHref: string }) {
  return (
    <div
      role="status"
      className="flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface px-6 py-12 text-center"
    >
      <p className="font-display text-xl font-semibold">We can’t reach the store right now</p>
      <p className="mt-2 max-w-md text-sm leading-relaxed text-fg-muted">
        Our product catalogue is taking a short break. Please try again in a moment.
      </p>
      <Link
        href={retryHref}
        prefetch={false}
        className="mt-6 inline-flex h-10 items-center rounded-full border border-line-strong px-5 text-sm font-semibold transition-colors hover:bg-subtle"
      >
        Try again
      </Link>
    </div>
  );
}
