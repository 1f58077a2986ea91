import type { Product } from "@commercengine/storefront-sdk";
import { ProductCard } from "./product-card";

/** How many cards the widest layout shows in its first row: those load eagerly. */
const FIRST_ROW = 4;
/** The first row on every layout (phones show 2 per row): those are preloaded. */
const PRELOADED = 2;

interface ProductGridProps {
  products: Product[];
  /**
   * "top": the grid opens the page (a category), so its first row loads at once. "below": it sits under other
   * content (the home page's sections), so every image waits until it is near the screen and none competes with
   * what the shopper sees first.
   */
  position?: "top" | "below";
}

/** Responsive product grid: 2 columns on phones, 4 from tablets up. */
export function ProductGrid({ products, position = "top" }: ProductGridProps) {
  const atTop = position === "top";
  return (
    <ul role="list" className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-4 lg:gap-x-6 lg:gap-y-10">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            preload={atTop && index < PRELOADED}
            loading={atTop && index < FIRST_ROW ? "eager" : "lazy"}
          />
        </li>
      ))}
    </ul>
  );
}
