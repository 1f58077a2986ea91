import type { Product } from "@commercengine/storefront-sdk";
import { ProductCard } from "@/app/_components/product-card";

/**
 * The results: 2 columns on phones, 3 beside the filter sidebar, 4 on wide screens (24 per page fills
 * every row). The first row loads eagerly; the first two images are preloaded.
 */
export function SearchResultGrid({ products }: { products: Product[] }) {
  return (
    <ul
      role="list"
      className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-3 lg:gap-x-6 lg:gap-y-10 xl:grid-cols-4"
    >
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} preload={index < 2} loading={index < 4 ? "eager" : "lazy"} />
        </li>
      ))}
    </ul>
  );
}
