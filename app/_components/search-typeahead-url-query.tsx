"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { normalizeQuery } from "@/app/_lib/search-query";

/**
 * Hands the typeahead the `q` of /search whenever the URL changes (a search, the back button), so the
 * header shows what the page shows. Renders nothing; it sits in its own <Suspense> because it reads
 * the URL's search params.
 */
export function SearchTypeaheadUrlQuery({ onQuery }: { onQuery: (query: string) => void }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = pathname === "/search" ? normalizeQuery(searchParams.get("q") ?? "") : null;
  useEffect(() => {
    if (query !== null) onQuery(query);
  }, [query, onQuery]);
  return null;
}
