"use client";

import { lazy, Suspense, useCallback, useId, useRef, useState } from "react";
import { SearchIcon } from "./icons";
import type { SuggestionsHandle, SuggestionsPopup } from "./search-suggestions";
import { SearchTypeaheadUrlQuery } from "./search-typeahead-url-query";

const SearchSuggestions = lazy(() =>
  import("./search-suggestions").then((module) => ({ default: module.SearchSuggestions })),
);

const CLOSED: SuggestionsPopup = { expanded: false, activeId: undefined };

/**
 * The header search: a GET form to /search?q=… (so it works before JavaScript loads) that becomes a
 * WAI-ARIA combobox with product suggestions. The suggestions' code loads when the box is first
 * pointed at, focused or typed in; the box itself stays the same element throughout, so a phone's
 * keyboard stays up and nothing typed meanwhile is lost.
 */
export function SearchTypeahead({ className = "" }: { className?: string }) {
  const id = useId();
  const inputId = `${id}-input`;

  const [query, setQuery] = useState("");
  const [engaged, setEngaged] = useState(false);
  const [popup, setPopup] = useState(CLOSED);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const suggestions = useRef<SuggestionsHandle>(null);
  const engage = () => setEngaged(true);

  const onUrlQuery = useCallback((text: string) => {
    setQuery(text);
    // The box shows the words of a search page: its clear button comes with the suggestions.
    if (text) setEngaged(true);
    suggestions.current?.close();
  }, []);

  return (
    <div ref={rootRef} onPointerEnter={engage} className={`relative ${className}`}>
      <form
        action="/search"
        role="search"
        onSubmit={(event) => {
          // Until the suggestions have loaded, the browser submits the form itself.
          if (!suggestions.current) return;
          event.preventDefault();
          suggestions.current.submit();
        }}
        className="relative"
      >
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
          aria-expanded={popup.expanded}
          aria-controls={engaged ? `${id}-listbox` : undefined}
          aria-activedescendant={popup.activeId}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            engage();
            suggestions.current?.change(event.target.value);
          }}
          onFocus={() => {
            engage();
            suggestions.current?.focus();
          }}
          onBlur={(event) => suggestions.current?.blur(event)}
          onKeyDown={(event) => {
            engage();
            suggestions.current?.keyDown(event);
          }}
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
      </form>

      {engaged ? (
        <Suspense fallback={null}>
          <SearchSuggestions
            ref={suggestions}
            id={id}
            query={query}
            setQuery={setQuery}
            rootRef={rootRef}
            inputRef={inputRef}
            onPopupChange={setPopup}
          />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <SearchTypeaheadUrlQuery onQuery={onUrlQuery} />
      </Suspense>
    </div>
  );
}
