"use client";

import type { ProductView } from "../_lib/product-view";
import { PurchasePanel } from "./purchase-panel";
import type { PurchasePanelParts } from "./purchase-panel-parts";
import { useChosenOptions } from "./use-chosen-options";

/** The purchase panel for the options in the URL (`parts`: see PurchasePanel). */
export function VariantPurchasePanel({ view, parts }: { view: ProductView; parts: PurchasePanelParts }) {
  const { selection, variant, query } = useChosenOptions(view);
  return <PurchasePanel view={view} selection={selection} variant={variant} query={query} parts={parts} />;
}
