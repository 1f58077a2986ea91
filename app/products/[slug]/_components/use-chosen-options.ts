"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { parseSelection, resolveVariant, type Selection } from "@/app/_lib/variant-selection";
import type { ProductView, VariantView } from "../_lib/product-view";

/**
 * The options chosen in the URL and the variant they resolve to. Reading the query makes the caller render at
 * request time (or in the browser), so it must sit inside <Suspense>.
 */
export function useChosenOptions(view: ProductView): { selection: Selection; variant: VariantView | null } {
  const params = useSearchParams();
  return useMemo(() => {
    const selection = parseSelection(params, view.groups);
    return { selection, variant: resolveVariant(view.groups, view.variants, selection) };
  }, [params, view]);
}
