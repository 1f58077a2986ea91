import type { NextRequest } from "next/server";
import type { SearchSuggestion } from "@/app/_components/search-suggestions";
import { normalizeQuery } from "@/app/_lib/search-query";
import { productPrice } from "@/app/_lib/product-price";
import { groupSkusByProduct, productFromSkus } from "@/app/_lib/product-from-skus";
import { optimizedImage } from "@/app/_lib/optimized-image";
import { searchProducts } from "@/lib/commerce/catalog";

const MAX_SUGGESTIONS = 6;
/** SKUs to read for them: search returns one record per variant, and a tee can have a dozen. */
const SKUS_TO_READ = 100;

/**
 * `GET /api/search/suggest?q=…` → `{ query, suggestions: [{ slug, name, price, currency, image }] }`, up to
 * six products for the header's typeahead. Public catalog data only (the cached `searchProducts`), never
 * the session, so browsers and CDNs may cache the answer briefly.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = normalizeQuery(request.nextUrl.searchParams.get("q") ?? "");
  if (!query)
    return Response.json({ query, suggestions: [] }, { headers: { "Cache-Control": "public, max-age=3600" } });
  try {
    const { skus } = await searchProducts({ query, page: 1, limit: SKUS_TO_READ, facets: [] });
    const suggestions = groupSkusByProduct(skus)
      .slice(0, MAX_SUGGESTIONS)
      .map((group): SearchSuggestion => {
        const product = productFromSkus(group);
        const price = productPrice(product);
        const image = product.images[0];
        return {
          slug: product.slug,
          name: product.name,
          price: price.amount,
          currency: price.currency,
          image: image
            ? optimizedImage({ src: image.url_thumbnail || image.url_standard, width: 48, height: 48 })
            : null,
        };
      });
    return Response.json(
      { query, suggestions },
      { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } },
    );
  } catch (error) {
    console.error(`[search] suggestions failed: ${error instanceof Error ? error.message : String(error)}`);
    return Response.json({ query, suggestions: [] }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
