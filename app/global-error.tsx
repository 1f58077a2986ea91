"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: a bare page with a retry. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center bg-canvas px-4 font-sans text-fg">
        <main className="max-w-md text-center">
          <title>Something went wrong</title>
          <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-4 leading-relaxed text-fg-muted">
            The store could not be loaded. Please try again in a moment.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-8 inline-flex h-11 items-center rounded-full bg-brand px-6 font-semibold text-on-brand hover:bg-brand-hover"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
