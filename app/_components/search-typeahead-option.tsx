"use client";

import type { PointerEvent } from "react";
import { formatPrice } from "@/app/_lib/format-price";
import { ArrowRightIcon, SearchIcon } from "./icons";
import type { SearchSuggestion } from "./search-suggestions";

interface OptionProps {
  id: string;
  active: boolean;
  onActivate: () => void;
  onChoose: () => void;
}

const optionClass = (active: boolean) =>
  `flex cursor-pointer items-center gap-3 rounded-[0.625rem] px-2.5 py-2 transition-colors ${active ? "bg-subtle" : ""}`;

/**
 * Options are not focusable: focus stays in the input (aria-activedescendant points at the active one).
 * A press must not blur the input before the click lands, hence the preventDefault on pointer down.
 */
function optionEvents({ onActivate, onChoose }: Pick<OptionProps, "onActivate" | "onChoose">) {
  return {
    onPointerDown: (event: PointerEvent) => event.preventDefault(),
    onPointerMove: onActivate,
    onClick: onChoose,
  };
}

/** A product suggestion: thumbnail, name with the query's words in bold, price. */
export function SearchTypeaheadOption({
  suggestion,
  query,
  ...props
}: OptionProps & { suggestion: SearchSuggestion; query: string }) {
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.active}
      className={optionClass(props.active)}
      {...optionEvents(props)}
    >
      <span className="relative size-12 shrink-0 overflow-hidden rounded-lg bg-subtle">
        {suggestion.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- the optimized URLs come from the server (getImageProps)
          <img {...suggestion.image} alt="" decoding="async" className="size-full object-cover" />
        ) : null}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm text-fg">
          <Highlighted text={suggestion.name} query={query} />
        </span>
        <span className="mt-0.5 block text-sm font-semibold text-fg tabular-nums">
          {formatPrice(suggestion.price, suggestion.currency)}
        </span>
      </span>
    </li>
  );
}

/** The last option: search for the query on /search. */
export function SeeAllOption({ query, separated, ...props }: OptionProps & { query: string; separated: boolean }) {
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.active}
      className={`${optionClass(props.active)} ${separated ? "mt-1.5 border-t border-line" : ""} text-sm font-semibold text-brand`}
      {...optionEvents(props)}
    >
      <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-soft">
        <SearchIcon className="size-4" />
      </span>
      <span className="min-w-0 flex-1 truncate">See all results for “{query}”</span>
      <ArrowRightIcon className="size-4 shrink-0" />
    </li>
  );
}

/** The text with every occurrence of the query's words set in bold. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const words = query
    .toLowerCase()
    .split(" ")
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${words.join("|")})`, "gi"));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <strong key={index} className="font-semibold">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </>
  );
}
