import { unstable_rethrow } from "next/navigation";
import { ProductCard } from "@/app/_components/product-card";
import { listSimilarProducts } from "@/lib/commerce/catalog";
import { productFromSkus } from "@/app/_lib/product-from-skus";

const SHOWN = 4;

/** "You may also like": a row of similar products. Nothing at all when there are none or they cannot be loaded. */
export async function SimilarProducts({ productId }: { productId: string }) {
  let products;
  try {
    const items = await listSimilarProducts(productId, SHOWN + 1);
    products = items
      .filter((item) => item.product_id !== productId)
      .slice(0, SHOWN)
      .map((item) => productFromSkus([item]));
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      `[product] could not load similar products: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
  if (products.length === 0) return null;

  return (
    <section aria-labelledby="similar-heading" className="mx-auto max-w-7xl px-4 pt-16 sm:px-6 sm:pt-20 lg:px-8">
      <h2 id="similar-heading" className="mb-6 font-display text-2xl font-semibold tracking-tight sm:mb-8 sm:text-3xl">
        You may also like
      </h2>
      {/* The grid of ProductGrid, but lazy: these images sit far below the fold and must not compete with the gallery. */}
      <ul role="list" className="grid grid-cols-2 gap-x-3 gap-y-8 sm:gap-x-5 md:grid-cols-4 lg:gap-x-6 lg:gap-y-10">
        {products.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} loading="lazy" />
          </li>
        ))}
      </ul>
    </section>
  );
}
