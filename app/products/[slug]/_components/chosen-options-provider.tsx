"use client";

import { useSearchParams } from "next/navigation";
import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from "react";

const ChosenQuery = createContext("");

const noSubscription = () => () => undefined;

/**
 * Gives the product's gallery and purchase panel the URL's query, where the chosen options live. The server
 * renders (and prerenders) them with no options chosen, so the whole page is static and nothing is streamed in
 * later; the browser reads the query once hydrated, and again on every change, before it paints.
 */
export function ChosenOptionsProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState("");
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <ChosenQuery value={query}>
      {children}
      {inBrowser ? <QueryReader onQuery={setQuery} /> : null}
    </ChosenQuery>
  );
}

/** The query string of the URL, as read in the browser ("" on the server). */
export function useChosenQuery(): string {
  return useContext(ChosenQuery);
}

// useSearchParams would make a server render wait for the request: only the browser renders this.
function QueryReader({ onQuery }: { onQuery: (query: string) => void }) {
  const query = useSearchParams().toString();
  useLayoutEffect(() => onQuery(query), [query, onQuery]);
  return null;
}
