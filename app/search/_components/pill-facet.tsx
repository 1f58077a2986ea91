import Link from "next/link";
import { searchHref, toggleFacetValue, type SearchState } from "@/app/_lib/search-params";
import type { FacetOptionData } from "./facet-panel";
import { CheckIcon } from "@/app/_components/icons";
import { LinkPendingMarker } from "@/app/_components/navigation-pending";
import { PULSE_WHILE_LOADING } from "@/app/_lib/listing-pending-styles";
import { ChevronDownIcon } from "./search-icons";

/** A facet as a cloud of toggle pills: colours get a swatch, sizes just their label. Long lists fold after `visible`. */
export function PillFacet({
  state,
  facet,
  options,
  swatches,
  visible = Infinity,
  noun,
}: {
  state: SearchState;
  facet: "color" | "size";
  options: FacetOptionData[];
  swatches?: Record<string, string>;
  visible?: number;
  /** What the values are, for "Show 12 more colours". */
  noun: string;
}) {
  // Never fold away a value that is picked.
  const folded = options.slice(visible).some((option) => option.selected) ? [] : options.slice(visible);
  const shown = options.slice(0, options.length - folded.length);
  const pills = (list: FacetOptionData[]) => (
    <ul role="list" className="flex flex-wrap gap-2">
      {list.map((option) => (
        <li key={option.value}>
          <Pill state={state} facet={facet} option={option} swatches={swatches} />
        </li>
      ))}
    </ul>
  );
  if (folded.length === 0) return pills(shown);
  return (
    <>
      {pills(shown)}
      <details className="group/more mt-2">
        <summary className="inline-flex h-9 cursor-pointer list-none items-center gap-1 rounded-full px-1 text-sm font-semibold text-brand select-none hover:text-brand-hover group-open/more:hidden [&::-webkit-details-marker]:hidden">
          Show {folded.length} more {noun}
          <ChevronDownIcon className="size-4" />
        </summary>
        {pills(folded)}
      </details>
    </>
  );
}

function Pill({
  state,
  facet,
  option,
  swatches,
}: {
  state: SearchState;
  facet: "color" | "size";
  option: FacetOptionData;
  swatches: Record<string, string> | undefined;
}) {
  return (
    <Link
      href={searchHref(toggleFacetValue(state, facet, option.value))}
      rel="nofollow"
      scroll={false}
      data-selected={option.selected || undefined}
      className={`inline-flex h-9 items-center gap-2 rounded-full border pr-3 text-sm transition-colors ${PULSE_WHILE_LOADING} ${
        swatches ? "pl-1.5" : "pl-3"
      } ${
        option.selected ? "border-fg bg-fg text-canvas" : "border-line-strong bg-surface text-fg hover:border-fg-muted"
      }`}
    >
      {swatches ? <Swatch hex={swatchFor(swatches, option.value)} selected={option.selected} /> : null}
      {option.selected && !swatches ? <CheckIcon className="-ml-0.5 size-4" strokeWidth={2.25} /> : null}
      <span className="font-medium">
        {option.selected ? <span className="sr-only">Remove filter: </span> : null}
        {option.value}
      </span>
      <span className={`text-xs tabular-nums ${option.selected ? "text-canvas/75" : "text-fg-muted"}`}>
        {option.count}
        <span className="sr-only"> {option.count === 1 ? "product" : "products"}</span>
      </span>
      <LinkPendingMarker />
    </Link>
  );
}

/** A colour's hex code. Own keys only: a value from the URL such as "__proto__" must not reach Object.prototype. */
function swatchFor(swatches: Record<string, string>, value: string): string | undefined {
  const key = value.toLowerCase();
  return Object.hasOwn(swatches, key) ? swatches[key] : undefined;
}

function Swatch({ hex, selected }: { hex: string | undefined; selected: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`size-6 shrink-0 rounded-full ring-1 ring-fg/15 ring-inset ${
        selected ? "outline-2 outline-offset-1 outline-canvas" : ""
      }`}
      // A colour the store gave no hex code gets a neutral multicolour disc.
      style={{ background: hex ?? "conic-gradient(from 90deg, #e0916f, #f3c56e, #8fb39a, #7a9cc6, #b48cc0, #e0916f)" }}
    />
  );
}
