import { StarIcon } from "./icons";

/** Five stars filled to the average rating, plus the review count. Screen readers get one sentence. */
export function RatingStars({ rating, count }: { rating: number; count: number }) {
  const clamped = Math.min(5, Math.max(0, rating));
  const rounded = Math.round(clamped * 10) / 10;
  return (
    <p className="flex items-center gap-1.5 text-xs text-fg-muted">
      <span className="sr-only">
        Rated {rounded} out of 5 from {count} {count === 1 ? "review" : "reviews"}
      </span>
      <span className="relative inline-flex shrink-0" aria-hidden="true">
        <span className="flex text-line-strong">
          {[0, 1, 2, 3, 4].map((index) => (
            <StarIcon key={index} className="size-3.5" />
          ))}
        </span>
        <span
          className="absolute inset-y-0 left-0 flex overflow-hidden text-star"
          style={{ width: `${(clamped / 5) * 100}%` }}
        >
          {[0, 1, 2, 3, 4].map((index) => (
            <StarIcon key={index} className="size-3.5 shrink-0" />
          ))}
        </span>
      </span>
      <span aria-hidden="true" className="tabular-nums">
        {rounded.toFixed(1)} <span className="text-fg-muted/80">({count})</span>
      </span>
    </p>
  );
}
