import { unstable_rethrow } from "next/navigation";
import { ProductGrid } from "@/app/_components/product-grid";
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
      {/* Far below the fold: lazy images, so none competes with the gallery. */}
      <ProductGrid products={products} position="below" />
    </section>
  );
}
