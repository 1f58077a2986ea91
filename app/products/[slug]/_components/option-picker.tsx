"use client";

import { useId, type MouseEvent } from "react";
import type { OptionGroup } from "@/app/_lib/variant-selection";

export interface OptionChoice {
  slug: string;
  name: string;
  hexcode: string | null;
  /** The page URL with this value chosen. */
  href: string;
  selected: boolean;
  /** Why the value cannot be bought with the other chosen options ("sold out in M"); null when it can. */
  unavailableReason: string | null;
}

/** How an option is named on the page: "Colour" for colour options (the API says "Color"), else its own name. */
export function optionLabel(group: Pick<OptionGroup, "name" | "type">): string {
  return group.type === "color" ? "Colour" : group.name;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * One option's values as links to the page with that value chosen, so they work before JavaScript loads. Once it
 * has, a click swaps the query in place (history.replaceState): no navigation, no server round trip, no scroll.
 * A value that cannot be bought with the other choices is disabled (aria-disabled, no link), struck through, and
 * says why: "Navy (sold out in M)".
 */
export function OptionPicker({ group, choices }: { group: OptionGroup; choices: OptionChoice[] }) {
  const labelId = useId();
  const chosen = choices.find((choice) => choice.selected);
  const isColour = group.type === "color";

  return (
    <div role="group" aria-labelledby={labelId} data-testid={`option-${group.key}`}>
      <p id={labelId} className="text-sm font-semibold text-fg">
        {optionLabel(group)}
        {chosen ? <span className="font-normal text-fg-muted">: {chosen.name}</span> : null}
      </p>
      <ul role="list" className={`mt-3 flex flex-wrap ${isColour ? "gap-2.5" : "gap-2"}`}>
        {choices.map((choice) => {
          const available = choice.unavailableReason === null;
          const content = isColour ? (
            <>
              <span
                aria-hidden="true"
                className="size-8 rounded-full border border-fg/15 shadow-[inset_0_1px_2px_rgb(0_0_0/0.12)]"
                style={{ backgroundColor: choice.hexcode && HEX.test(choice.hexcode) ? choice.hexcode : undefined }}
              />
              {available ? null : (
                <span
                  aria-hidden="true"
                  className="absolute inset-1 [background:linear-gradient(to_top_right,transparent_calc(50%-1px),var(--color-fg)_calc(50%-1px),var(--color-fg)_calc(50%+1px),transparent_calc(50%+1px))]"
                />
              )}
              <span className="sr-only">{choice.name}</span>
            </>
          ) : (
            choice.name
          );
          const explanation = available ? null : <span className="sr-only"> ({choice.unavailableReason})</span>;
          return (
            <li key={choice.slug}>
              {available ? (
                <a
                  href={choice.href}
                  onClick={choose}
                  aria-current={choice.selected ? "true" : undefined}
                  data-value={choice.slug}
                  title={isColour ? choice.name : undefined}
                  className={isColour ? SWATCH : PILL}
                >
                  {content}
                </a>
              ) : (
                <span
                  role="link"
                  aria-disabled="true"
                  aria-current={choice.selected ? "true" : undefined}
                  data-value={choice.slug}
                  title={`${choice.name}: ${choice.unavailableReason}`}
                  className={isColour ? SWATCH : PILL}
                >
                  {content}
                  {explanation}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function choose(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // Next.js keeps useSearchParams in step with history.replaceState; the browser keeps focus on this link.
  window.history.replaceState(null, "", event.currentTarget.href);
}

// A choice's look follows its own attributes (`aria-current`, `aria-disabled`), so one class list serves every state.
const SWATCH =
  "relative grid size-11 place-items-center overflow-hidden rounded-full ring-1 ring-line-strong transition hover:ring-fg/50 aria-disabled:cursor-not-allowed aria-disabled:opacity-55 aria-disabled:ring-line aria-[current=true]:ring-2 aria-[current=true]:ring-fg aria-[current=true]:ring-offset-2 aria-[current=true]:ring-offset-canvas";

const PILL =
  "inline-flex h-11 min-w-[3.25rem] items-center justify-center rounded-full border border-line-strong bg-surface px-4 text-sm font-medium text-fg tabular-nums transition-colors hover:border-fg aria-[current=true]:border-fg aria-[current=true]:bg-fg aria-[current=true]:text-canvas aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:border-line-strong aria-disabled:bg-transparent aria-disabled:text-fg-muted aria-disabled:line-through aria-disabled:decoration-1 aria-disabled:aria-[current=true]:border-fg aria-disabled:aria-[current=true]:bg-transparent aria-disabled:aria-[current=true]:text-fg";
