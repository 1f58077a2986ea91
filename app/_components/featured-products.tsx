import type { FeaturedProductsResult } from "@/app/_lib/load-featured-products";
import { ApiUnavailableNotice } from "./api-unavailable-notice";
import { ProductGrid } from "./product-grid";

/** The home page's product grid, or a notice when the catalog could not be loaded. */
export async function FeaturedProducts({ featured }: { featured: Promise<FeaturedProductsResult> }) {
  const result = await featured;
  if (!result.ok) return <ApiUnavailableNotice retryHref="/" />;
  if (result.products.length === 0) {
    return (
      <p className="rounded-card border border-dashed border-line-strong px-6 py-12 text-center text-fg-muted">
        No products yet. Check back soon.
      </p>
    );
  }
  return <ProductGrid products={result.products} />;
}
