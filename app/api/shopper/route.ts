import { loadCartView } from "@/app/_lib/load-cart-view";

/**
 * This shopper's cart, for the header count and the drawer (see shopper-cart). Catalog pages are the same HTML for
 * everyone, so they are prerendered and cached whole; the browser asks here for the one per-shopper part.
 */
export async function GET(): Promise<Response> {
  const loaded = await loadCartView();
  const headers = { "Cache-Control": "private, no-store" };
  if (loaded === "unavailable") {
    return Response.json({ error: "The store could not be reached." }, { status: 503, headers });
  }
  return Response.json({ cart: loaded.cart }, { headers });
}
