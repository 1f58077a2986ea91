"use client";

import { useRouter } from "next/navigation";
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  useTransition,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
  type RefObject,
} from "react";
import type { OptimizedImage } from "@/app/_lib/optimized-image";
import { DEFAULT_SEARCH_STATE, searchHref } from "@/app/_lib/search-params";
import { normalizeQuery } from "@/app/_lib/search-query";
import { CloseIcon } from "./icons";
import { SearchTypeaheadOption, SeeAllOption } from "./search-typeahead-option";

/** One product suggestion, as `GET /api/search/suggest` returns it. */
export interface SearchSuggestion {
  slug: string;
  name: string;
  price: number;
  currency: string;
  /** The thumbnail's optimized `<img>` attributes, resolved on the server. */
  image: OptimizedImage | null;
}

/** What the search box shows of the popup: its ARIA state. */
export interface SuggestionsPopup {
  expanded: boolean;
  activeId: string | undefined;
}

/** The search box's events, handed over to the suggestions once they have loaded. */
export interface SuggestionsHandle {
  change(text: string): void;
  focus(): void;
  blur(event: FocusEvent<HTMLInputElement>): void;
  keyDown(event: KeyboardEvent<HTMLInputElement>): void;
  submit(): void;
  close(): void;
}

const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 200;

interface Results {
  query: string;
  suggestions: SearchSuggestion[];
}

/**
 * The header search's suggestions: a WAI-ARIA listbox popup for the search box (the combobox, which the caller
 * owns). Product suggestions as you type (debounced), arrow keys to move, Enter to open the product (or search,
 * with no option active), Escape to close, then to clear; a spinner while they load, then a button that clears the
 * box. Loaded when the box is first used: it picks up the words already typed.
 */
export function SearchSuggestions({
  ref,
  id,
  query,
  setQuery,
  rootRef,
  inputRef,
  onPopupChange,
}: {
  ref: Ref<SuggestionsHandle>;
  /** The prefix of the listbox's and the options' ids. */
  id: string;
  query: string;
  setQuery: (text: string) => void;
  rootRef: RefObject<HTMLDivElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  onPopupChange: (popup: SuggestionsPopup) => void;
}) {
  const router = useRouter();
  const optionId = (index: number) => `${id}-option-${index}`;

  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(false);
  // Search and product pages render on the server before they show: the spinner says the search is under way.
  const [navigating, startNavigation] = useTransition();

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);
  const cache = useRef(new Map<string, SearchSuggestion[]>());

  const term = normalizeQuery(query);
  const expanded = open && term.length >= MIN_QUERY_LENGTH;
  const suggestions = expanded && results ? results.suggestions : [];
  // The suggestions, then "See all results": the last option.
  const optionCount = expanded ? suggestions.length + 1 : 0;
  const activeIndex = active < optionCount ? active : -1;
  const fresh = results?.query === term;

  const fetchSuggestions = useCallback((text: string) => {
    request.current?.abort();
    const key = text.toLowerCase();
    const cached = cache.current.get(key);
    if (cached) {
      setResults({ query: text, suggestions: cached });
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    fetch(`/api/search/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal })
      .then(async (response) => ({ ok: response.ok, data: response.ok ? ((await response.json()) as Results) : null }))
      .then(({ ok, data }) => {
        const found = data && Array.isArray(data.suggestions) ? data.suggestions : [];
        // Only real answers are remembered: after a failed call the same words are asked again.
        if (ok) cache.current.set(key, found);
        setResults({ query: text, suggestions: found });
        setActive(-1);
        setLoading(false);
      })
      .catch(() => {
        if (controller.signal.aborted) return;
        setResults({ query: text, suggestions: [] });
        setLoading(false);
      });
  }, []);

  const schedule = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      const next = normalizeQuery(text);
      if (next.length < MIN_QUERY_LENGTH) {
        request.current?.abort();
        setLoading(false);
        return;
      }
      timer.current = setTimeout(() => fetchSuggestions(next), DEBOUNCE_MS);
    },
    [fetchSuggestions],
  );

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  // Mounted by the first focus, tap or key press: the box may already hold words to suggest for.
  const initialQuery = useRef(query);
  useEffect(() => {
    if (document.activeElement !== inputRef.current) return;
    setOpen(true);
    schedule(initialQuery.current);
  }, [inputRef, schedule]);

  // A click or tap anywhere outside closes the popup.
  useEffect(() => {
    if (!expanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [expanded, rootRef]);

  // Keep the active option in view and warm up its page.
  const activeSlug = activeIndex >= 0 ? suggestions[activeIndex]?.slug : undefined;
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
    if (activeSlug) router.prefetch(productHref(activeSlug));
  }, [activeIndex, activeSlug, id, router]);

  const activeId = activeIndex >= 0 ? optionId(activeIndex) : undefined;
  useLayoutEffect(() => onPopupChange({ expanded, activeId }), [expanded, activeId, onPopupChange]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function search(text: string) {
    close();
    inputRef.current?.blur();
    startNavigation(() => router.push(searchHref({ ...DEFAULT_SEARCH_STATE, q: normalizeQuery(text) })));
  }

  function choose(index: number) {
    const suggestion = suggestions[index];
    if (!suggestion) {
      search(query);
      return;
    }
    close();
    setQuery("");
    inputRef.current?.blur();
    startNavigation(() => router.push(productHref(suggestion.slug)));
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (term.length >= MIN_QUERY_LENGTH && results?.query !== term) schedule(term);
          return;
        }
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive(
          activeIndex < 0 ? (step === 1 ? 0 : optionCount - 1) : (activeIndex + step + optionCount) % optionCount,
        );
        return;
      }
      case "Enter":
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          choose(activeIndex);
        }
        return;
      case "Escape":
        event.preventDefault();
        if (expanded) close();
        else {
          setQuery("");
          schedule("");
        }
        return;
      case "Tab":
        close();
        return;
    }
  }

  useImperativeHandle(ref, () => ({
    change(text) {
      setOpen(true);
      setActive(-1);
      schedule(text);
    },
    focus() {
      setOpen(true);
      if (term.length >= MIN_QUERY_LENGTH && results?.query !== term) schedule(term);
    },
    blur(event) {
      if (!rootRef.current?.contains(event.relatedTarget)) close();
    },
    keyDown,
    submit: () => search(query),
    close,
  }));

  const status = !expanded
    ? ""
    : !fresh
      ? ""
      : suggestions.length === 0
        ? `No quick matches for “${term}”. Press Enter to search all products.`
        : `${suggestions.length} ${suggestions.length === 1 ? "product" : "products"} found. Use the up and down arrows to browse.`;

  return (
    <>
      {/* Over the end of the search box (the caller's root is as tall as the box). */}
      {navigating ? (
        <span role="status" className="sr-only">
          Searching…
        </span>
      ) : null}
      {loading || navigating ? (
        <span
          aria-hidden="true"
          className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin rounded-full border-2 border-line-strong border-t-brand"
        />
      ) : query ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setQuery("");
            schedule("");
            inputRef.current?.focus();
          }}
          className="absolute top-1/2 right-1 grid size-8 -translate-y-1/2 place-items-center rounded-full text-fg-muted transition-colors hover:text-fg"
        >
          <CloseIcon className="size-4" />
        </button>
      ) : null}
      <div
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-50 mt-2 overflow-hidden rounded-card border border-line bg-surface shadow-[0_12px_40px_-12px_rgb(31_26_23/0.35)] md:left-auto md:w-[26rem] dark:shadow-[0_12px_40px_-12px_rgb(0_0_0/0.8)]"
      >
        {expanded && fresh && suggestions.length === 0 ? (
          <p className="border-b border-line px-4 py-3 text-sm text-fg-muted">No quick matches for “{term}”.</p>
        ) : null}
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Product suggestions"
          className="max-h-[min(65dvh,30rem)] overflow-y-auto overscroll-contain p-1.5"
        >
          {suggestions.map((suggestion, index) => (
            <SearchTypeaheadOption
              key={suggestion.slug}
              id={optionId(index)}
              suggestion={suggestion}
              query={term}
              active={index === activeIndex}
              onActivate={() => setActive(index)}
              onChoose={() => choose(index)}
            />
          ))}
          {expanded ? (
            <SeeAllOption
              id={optionId(suggestions.length)}
              query={term}
              active={activeIndex === suggestions.length}
              separated={suggestions.length > 0}
              onActivate={() => setActive(suggestions.length)}
              onChoose={() => search(query)}
            />
          ) : null}
        </ul>
      </div>

      <div role="status" className="sr-only">
        {status}
      </div>
    </>
  );
}

function productHref(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}
