"use client";

import { useLinkStatus } from "next/link";

/**
 * Listings (search, categories) render on the server for each new URL and have no loading skeleton, so a tap on a
 * filter, a page number or a sort order waits for the next page with nothing to show for it. While it waits, the
 * control renders this hidden marker, and CSS (`:has()`, see `listing-pending-styles.ts`) fades the results and
 * marks the control. One marker in the DOM, no shared state: it goes when the new listing has rendered.
 */
export function ListingPendingMarker() {
  return <span data-listing-pending="" hidden />;
}

/** The marker, for a listing's `<Link>`: present while the navigation that link started is under way. */
export function LinkPendingMarker() {
  const { pending } = useLinkStatus();
  return pending ? <ListingPendingMarker /> : null;
}
