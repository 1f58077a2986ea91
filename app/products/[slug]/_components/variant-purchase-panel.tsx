"use client";

import { useSearchParams } from "next/navigation";
import type { ProductView } from "../_lib/product-view";
import { PurchasePanel } from "./purchase-panel";
import { useChosenOptions } from "./use-chosen-options";

/** The purchase panel for the options in the URL. */
export function VariantPurchasePanel({ view }: { view: ProductView }) {
  const { selection, variant } = useChosenOptions(view);
  const query = useSearchParams().toString();
  return <PurchasePanel view={view} selection={selection} variant={variant} query={query} />;
}
