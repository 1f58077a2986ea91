import type { ReactNode } from "react";
import { possiblePrices, priceKey } from "../_lib/price-summary";
import type { ProductView } from "../_lib/product-view";
import { PriceDisplay } from "./price-display";
import { AVAILABILITIES, StockStatus, type Availability } from "./stock-status";
import { VariantSelectWithoutScript } from "./variant-select-without-script";

/**
 * What the purchase panel shows that the server can draw ahead: every price it can show (by priceKey) and every
 * availability, for the browser to pick from as options are chosen, and the form for browsers without JavaScript.
 * So the browser needs no code to format a price or draw them.
 */
export interface PurchasePanelParts {
  prices: Record<string, ReactNode>;
  availabilities: Record<Availability, ReactNode>;
  withoutScript: ReactNode;
}

export function purchasePanelParts(view: ProductView): PurchasePanelParts {
  return {
    prices: Object.fromEntries(
      possiblePrices(view).map((price) => [
        priceKey(price),
        <PriceDisplay key={priceKey(price)} price={price} currency={view.currency} taxInclusive={view.taxInclusive} />,
      ]),
    ),
    availabilities: Object.fromEntries(
      AVAILABILITIES.map((availability) => [
        availability,
        <StockStatus key={availability} availability={availability} />,
      ]),
    ) as Record<Availability, ReactNode>,
    withoutScript: <VariantSelectWithoutScript view={view} />,
  };
}
