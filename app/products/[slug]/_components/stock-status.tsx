import type { StockState } from "@/app/_lib/variant-selection";

/** What the shopper can expect for the chosen variant: the three stock states, or a combination that does not exist. */
export type Availability = StockState | "unavailable";

const LABELS: Record<Availability, { title: string; detail: string | null; dot: string }> = {
  in_stock: { title: "In stock", detail: "Ready to ship", dot: "bg-emerald-600 dark:bg-emerald-400" },
  backorder: { title: "On backorder", detail: "Ships later", dot: "bg-marigold-500" },
  out_of_stock: { title: "Out of stock", detail: null, dot: "bg-sand-400" },
  unavailable: { title: "Not available", detail: "in this combination", dot: "bg-sand-400" },
};

/** Every availability StockStatus can show. */
export const AVAILABILITIES = Object.keys(LABELS) as Availability[];

export function StockStatus({ availability }: { availability: Availability }) {
  const { title, detail, dot } = LABELS[availability];
  return (
    <p data-testid="stock-status" data-state={availability} className="flex items-center gap-2 text-sm">
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${dot}`} />
      <span className="font-semibold text-fg">{title}</span>
      {detail ? <span className="text-fg-muted">· {detail}</span> : null}
    </p>
  );
}
