"use client";

import { useLinkStatus } from "next/link";

/**
 * Listings (search, categories), the cart and checkout render on the server for each new URL and have no loading
 * skeleton, so a tap on a link to one waits for the next page with nothing to show for it. While it waits, the
 * tapped control renders this hidden marker, and CSS reacts with `:has()`: a bar runs along the header
 * (`.navigation-progress` in globals.css), and on a listing the results fade and the control marks itself
 * (`listing-pending-styles.ts`). One marker in the DOM, no shared state: it goes when the new page has rendered.
 */
export function NavigationPendingMarker() {
  return <span data-navigation-pending="" hidden />;
}

/** The marker, inside a `<Link>`: present while the navigation that link started is under way. */
export function LinkPendingMarker() {
  const { pending } = useLinkStatus();
  return pending ? <NavigationPendingMarker /> : null;
}
