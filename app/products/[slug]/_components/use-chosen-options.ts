"use client";

import { useMemo } from "react";
import { parseSelection, resolveVariant, type Selection } from "@/app/_lib/variant-selection";
import type { ProductView, VariantView } from "../_lib/product-view";
import { useChosenQuery } from "./chosen-options-provider";

/** The options chosen in the URL and the variant they resolve to. Use inside <ChosenOptionsProvider>. */
export function useChosenOptions(view: ProductView): {
  selection: Selection;
  variant: VariantView | null;
  query: string;
} {
  const query = useChosenQuery();
  return useMemo(() => {
    const selection = parseSelection(new URLSearchParams(query), view.groups);
    return { selection, variant: resolveVariant(view.groups, view.variants, selection), query };
  }, [query, view]);
}
