import "server-only";
import type { Product } from "@commercengine/storefront-sdk";
import { publicApi, unwrap } from "./client";

/** A page of products, in the API's order. */
export async function listProducts(options: { limit: number; page?: number; categoryId?: string }): Promise<Product[]> {
  const { products } = unwrap(
    await publicApi().catalog.listProducts({
      limit: options.limit,
      page: options.page ?? 1,
      ...(options.categoryId ? { category_id: [options.categoryId] } : {}),
    }),
  );
  return products;
}
