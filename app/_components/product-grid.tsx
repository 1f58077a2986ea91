import type { Product } from "@commercengine/storefront-sdk";
import { ProductCard } from "./product-card";

/** How many cards the widest layout shows in its first row: those load eagerly. */
const FIRST_ROW = 4;
/** The first row on every layout (phones show 2 per row): those are preloaded. */
const PRELOADED = 2;

/** Responsive product grid: 2 columns on phones, 4 from tablets up. */
export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul role="list" className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-4 lg:gap-x-6 lg:gap-y-10">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} preload={index < PRELOADED} loading={index < FIRST_ROW ? "eager" : "lazy"} />
        </li>
      ))}
    </ul>
  );
}
