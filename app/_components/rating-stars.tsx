import type { CSSProperties } from "react";

/** Five stars filled to the average rating, plus the review count. Screen readers get one sentence. */
export function RatingStars({ rating, count }: { rating: number; count: number }) {
  const clamped = Math.min(5, Math.max(0, rating));
  const rounded = Math.round(clamped * 10) / 10;
  return (
    <p className="flex items-center gap-1.5 text-xs text-fg-muted">
      <span className="sr-only">
        Rated {rounded} out of 5 from {count} {count === 1 ? "review" : "reviews"}
      </span>
      <span
        aria-hidden="true"
        className="rating-stars shrink-0"
        style={{ "--rating": `${(clamped / 5) * 100}%` } as CSSProperties}
      />
      <span aria-hidden="true" className="tabular-nums">
        {rounded.toFixed(1)} <span className="text-fg-muted/80">({count})</span>
      </span>
    </p>
  );
}
