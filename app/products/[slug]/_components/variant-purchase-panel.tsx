"use client";

import type { ReactNode } from "react";
import type { ProductView } from "../_lib/product-view";
import { PurchasePanel } from "./purchase-panel";
import { useChosenOptions } from "./use-chosen-options";

/** The purchase panel for the options in the URL (`withoutScript`: see PurchasePanel). */
export function VariantPurchasePanel({ view, withoutScript }: { view: ProductView; withoutScript?: ReactNode }) {
  const { selection, variant, query } = useChosenOptions(view);
  return (
    <PurchasePanel view={view} selection={selection} variant={variant} query={query} withoutScript={withoutScript} />
  );
}
