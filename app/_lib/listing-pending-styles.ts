// Class names that react to a `NavigationPendingMarker` (app/_components/navigation-pending.tsx). Written out in
// full so Tailwind finds them.

/** On a listing's outer element: the scope the results look in for a marker. */
export const LISTING_SCOPE = "group/listing";

/**
 * On the results grid: faded while another listing loads. The fade waits 150 ms, so a quick
 * navigation never flashes; it comes back at once.
 */
export const FADE_WHILE_LISTING_LOADS =
  "transition-opacity duration-200 group-has-[[data-navigation-pending]]/listing:opacity-50 group-has-[[data-navigation-pending]]/listing:delay-150";

/** On a link that holds a marker: it pulses while the listing it leads to loads. */
export const PULSE_WHILE_LOADING = "motion-safe:has-[[data-navigation-pending]]:animate-pulse";
