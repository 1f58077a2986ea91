"use client";

import { useRouter } from "next/navigation";
import { Suspense, useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { OptimizedImage } from "@/app/_lib/optimized-image";
import { DEFAULT_SEARCH_STATE, normalizeQuery, searchHref } from "@/app/_lib/search-params";
import { CloseIcon, SearchIcon } from "./icons";
import { SearchTypeaheadOption, SeeAllOption } from "./search-typeahead-option";
import { SearchTypeaheadUrlQuery } from "./search-typeahead-url-query";

/** One product suggestion, as `GET /api/search/suggest` returns it. */
export interface SearchSuggestion {
  slug: string;
  name: string;
  price: number;
  currency: string;
  /** The thumbnail's optimized `<img>` attributes, resolved on the server. */
  image: OptimizedImage | null;
}

const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 200;

interface Results {
  query: string;
  suggestions: SearchSuggestion[];
}

/**
 * The header search: a GET form to /search?q=… (so it works before JavaScript loads) that becomes a
 * WAI-ARIA combobox with a listbox popup: product suggestions as you type (debounced), arrow keys to
 * move, Enter to open the product (or search, with no option active), Escape to close, then to clear.
 */
export function SearchTypeahead({ className = "" }: { className?: string }) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(false);

  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
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

  // A click or tap anywhere outside closes the popup.
  useEffect(() => {
    if (!expanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [expanded]);

  // Keep the active option in view and warm up its page.
  const activeSlug = activeIndex >= 0 ? suggestions[activeIndex]?.slug : undefined;
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
    if (activeSlug) router.prefetch(productHref(activeSlug));
  }, [activeIndex, activeSlug, id, router]);

  const onUrlQuery = useCallback((text: string) => {
    setQuery(text);
    setOpen(false);
  }, []);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function search(text: string) {
    close();
    inputRef.current?.blur();
    router.push(searchHref({ ...DEFAULT_SEARCH_STATE, q: normalizeQuery(text) }));
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
    router.push(productHref(suggestion.slug));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search(query);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
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

  const status = !expanded
    ? ""
    : !fresh
      ? ""
      : suggestions.length === 0
        ? `No quick matches for “${term}”. Press Enter to search all products.`
        : `${suggestions.length} ${suggestions.length === 1 ? "product" : "products"} found. Use the up and down arrows to browse.`;

  return (
    <div ref={rootRef} className={`relative ${className}`}>
      <form action="/search" role="search" onSubmit={onSubmit} className="relative">
        <label htmlFor={inputId} className="sr-only">
          Search products
        </label>
        <input
          ref={inputRef}
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
            schedule(event.target.value);
          }}
          onFocus={() => {
            setOpen(true);
            if (term.length >= MIN_QUERY_LENGTH && results?.query !== term) schedule(term);
          }}
          onBlur={(event) => {
            if (!rootRef.current?.contains(event.relatedTarget)) close();
          }}
          onKeyDown={onKeyDown}
          placeholder="Search products"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={200}
          className="h-10 w-full appearance-none rounded-full border border-line bg-surface pr-10 pl-11 text-base text-fg transition-colors placeholder:text-fg-muted hover:border-line-strong aria-expanded:border-line-strong md:text-sm [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="submit"
          aria-label="Search"
          className="absolute top-1/2 left-1 grid size-8 -translate-y-1/2 place-items-center rounded-full text-fg-muted transition-colors hover:text-fg"
        >
          <SearchIcon className="size-5" />
        </button>
        {loading ? (
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
      </form>

      <div
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-50 mt-2 overflow-hidden rounded-card border border-line bg-surface shadow-[0_12px_40px_-12px_rgb(31_26_23/0.35)] md:left-auto md:w-[26rem] dark:shadow-[0_12px_40px_-12px_rgb(0_0_0/0.8)]"
      >
        {expanded && fresh && suggestions.length === 0 ? (
          <p className="border-b border-line px-4 py-3 text-sm text-fg-muted">No quick matches for “{term}”.</p>
        ) : null}
        <ul
          id={listboxId}
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
      <Suspense fallback={null}>
        <SearchTypeaheadUrlQuery onQuery={onUrlQuery} />
      </Suspense>
    </div>
  );
}

function productHref(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}
