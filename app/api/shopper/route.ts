import { loadCartView } from "@/app/_lib/load-cart-view";
import type { ShopperResponse } from "@/app/_lib/shopper-state";
import { signedInShopper } from "@/lib/commerce/sign-in";

/**
 * This shopper's cart and who they are signed in as, for the header (see shopper-state). Catalog pages are the same
 * HTML for everyone, so they are prerendered and cached whole; the browser asks here for the per-shopper parts.
 */
export async function GET(): Promise<Response> {
  const [loaded, account] = await Promise.all([loadCartView(), signedInShopper()]);
  const headers = { "Cache-Control": "private, no-store" };
  if (loaded === "unavailable") {
    return Response.json({ error: "The store could not be reached." }, { status: 503, headers });
  }
  const body: ShopperResponse = { cart: loaded.cart, account };
  return Response.json(body, { headers });
}
