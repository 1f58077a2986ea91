import type { Category, Item, ProductDetail } from "@commercengine/storefront-sdk";
import { toItems, toListProduct } from "../catalog-index";
import { readJsonBody } from "../http/body";
import { badRequest, notFound, sendSuccess } from "../http/envelope";
import { paginate, readArrayParam, readBooleanParam, readPageParams, readSortParam } from "../http/query";
import type { RequestContext, Router } from "../http/router";
import { searchSkus } from "../search/search-skus";
import { requireApiKeyOrShopper, type DemoApiDeps } from "./context";

const PRODUCT_SORT_FIELDS = ["name", "selling_price", "listing_price", "rating", "reviews_count"] as const;
const CATEGORY_SORT_FIELDS = ["name", "product_count"] as const;
const MAX_NESTED_LEVEL = 5;

type Sortable = {
  name: string;
  selling_price: number;
  listing_price: number;
  rating: number;
  reviews_count: number;
};

export function registerCatalogRoutes(router: Router, deps: DemoApiDeps): void {
  const { catalog } = deps;
  const guarded = (handler: (ctx: RequestContext) => Promise<void> | void) => async (ctx: RequestContext) => {
    await requireApiKeyOrShopper(deps, ctx);
    await handler(ctx);
  };

  router.add(
    "GET",
    "/catalog/categories",
    guarded((ctx) => {
      const { url } = ctx;
      const levels = readNestedLevel(url);
      const search = url.searchParams.get("search")?.trim().toLowerCase() ?? "";
      const parentKey = url.searchParams.get("parent_category_id") || url.searchParams.get("parent_category_slug");
      let categories: Category[];
      if (search) {
        categories = catalog.categories.filter((category) => category.name.toLowerCase().includes(search));
      } else if (parentKey) {
        const parent = catalog.category(parentKey);
        if (!parent) throw notFound(`Category ${parentKey} not found`);
        categories = catalog.children(parent.id);
      } else {
        categories = catalog.children(null);
      }
      const sort = readSortParam(url, CATEGORY_SORT_FIELDS);
      const sorted = sortBy(categories, sort, (category) => ({
        name: category.name,
        product_count: category.product_count,
      }));
      const page = paginate(sorted, readPageParams(url, 100));
      sendSuccess(ctx.res, "Categories", {
        categories: page.items.map((category) => catalog.nest(category, search ? 0 : levels)),
        pagination: page.pagination,
      });
    }),
  );

  router.add(
    "GET",
    "/catalog/products",
    guarded((ctx) => {
      const products = filterProducts(deps, ctx.url);
      const sorted = sortBy(products, readSortParam(ctx.url, PRODUCT_SORT_FIELDS), productSortKeys);
      const page = paginate(sorted, readPageParams(ctx.url));
      sendSuccess(ctx.res, "Products", { products: page.items.map(toListProduct), pagination: page.pagination });
    }),
  );

  router.add(
    "POST",
    "/catalog/products/search",
    guarded(async (ctx) => {
      const body = (await readJsonBody(ctx.req)) ?? {};
      sendSuccess(ctx.res, "Search results", searchSkus(catalog.items, body));
    }),
  );

  router.add(
    "GET",
    "/catalog/products/similar",
    guarded((ctx) => {
      const ids = readArrayParam(ctx.url, "product_id");
      const sources = ids.map((id) => catalog.product(id)).filter((product) => product !== undefined);
      if (ids.length > 0 && sources.length === 0) throw notFound(`Product ${ids.join(", ")} not found`);
      const similar = similarProducts(deps, sources);
      const page = paginate(similar.map(defaultItem), readPageParams(ctx.url, 10));
      sendSuccess(ctx.res, "Similar products", { products: page.items, pagination: page.pagination });
    }),
  );

  router.add(
    "GET",
    "/catalog/products/{product_id}",
    guarded((ctx) => {
      sendSuccess(ctx.res, "Product", { product: requireProduct(deps, ctx.params.product_id) });
    }),
  );

  router.add(
    "GET",
    "/catalog/products/{product_id}/variants",
    guarded((ctx) => {
      const product = requireProduct(deps, ctx.params.product_id);
      sendSuccess(ctx.res, "Variants", { variants: product.variants });
    }),
  );

  router.add(
    "GET",
    "/catalog/skus",
    guarded((ctx) => {
      const skuFilter = new Set(readArrayParam(ctx.url, "sku"));
      const items = filterProducts(deps, ctx.url)
        .flatMap(toItems)
        .filter((item) => skuFilter.size === 0 || skuFilter.has(item.sku));
      const inventory = readBooleanParam(ctx.url, "inventory");
      const available = inventory ? items.filter((item) => item.stock_available) : items;
      const sorted = sortBy(available, readSortParam(ctx.url, PRODUCT_SORT_FIELDS), itemSortKeys);
      const page = paginate(sorted, readPageParams(ctx.url));
      sendSuccess(ctx.res, "SKUs", { skus: page.items, pagination: page.pagination });
    }),
  );
}

function requireProduct(deps: DemoApiDeps, idOrSlug: string | undefined): ProductDetail {
  const product = idOrSlug ? deps.catalog.product(idOrSlug) : undefined;
  if (!product) throw notFound(`Product ${idOrSlug ?? ""} not found`);
  return product;
}

function readNestedLevel(url: URL): number {
  const raw = url.searchParams.get("nested_level");
  if (raw === null || raw === "") return MAX_NESTED_LEVEL;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > MAX_NESTED_LEVEL) {
    throw badRequest(`Query parameter "nested_level" must be an integer from 0 to ${MAX_NESTED_LEVEL}`);
  }
  return value;
}

/** Products matching the list filters: `category_id`, `category_slug` (including subcategories), `inventory`, `product_type`. */
function filterProducts(deps: DemoApiDeps, url: URL): ProductDetail[] {
  const { catalog } = deps;
  const categoryKeys = [...readArrayParam(url, "category_id"), ...readArrayParam(url, "category_slug")];
  const categoryIds = new Set<string>();
  for (const key of categoryKeys) {
    const category = catalog.category(key);
    if (category) for (const id of catalog.subtreeIds(category.id)) categoryIds.add(id);
  }
  const inventory = readBooleanParam(url, "inventory");
  const productType = url.searchParams.get("product_type");
  return catalog.products.filter(
    (product) =>
      (categoryKeys.length === 0 || product.category_ids.some((id) => categoryIds.has(id))) &&
      (!inventory || product.stock_available) &&
      (!productType || product.product_type === productType),
  );
}

/** Other products sharing the most categories with the given ones, best rated first. */
function similarProducts(deps: DemoApiDeps, sources: ProductDetail[]): ProductDetail[] {
  const sourceIds = new Set(sources.map((product) => product.id));
  const sourceCategories = new Set(sources.flatMap((product) => product.category_ids));
  return deps.catalog.products
    .filter((product) => !sourceIds.has(product.id))
    .map((product) => ({ product, overlap: product.category_ids.filter((id) => sourceCategories.has(id)).length }))
    .filter(({ overlap }) => sources.length === 0 || overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || rating(b.product) - rating(a.product))
    .map(({ product }) => product);
}

function defaultItem(product: ProductDetail): Item {
  const items = toItems(product);
  const defaultVariantId = product.variants.find((variant) => variant.is_default)?.id;
  return items.find((item) => item.variant_id === defaultVariantId) ?? items[0]!;
}

function rating(product: { reviews_count: number; reviews_rating_sum: number | null }): number {
  return product.reviews_count > 0 ? (product.reviews_rating_sum ?? 0) / product.reviews_count : 0;
}

function productSortKeys(product: ProductDetail): Sortable {
  return {
    name: product.name,
    selling_price: product.pricing.selling_price,
    listing_price: product.pricing.listing_price,
    rating: rating(product),
    reviews_count: product.reviews_count,
  };
}

function itemSortKeys(item: Item): Sortable {
  return {
    name: item.product_name,
    selling_price: item.pricing.selling_price,
    listing_price: item.pricing.listing_price,
    rating: rating(item),
    reviews_count: item.reviews_count,
  };
}

function sortBy<T, K extends Record<string, string | number>>(
  values: T[],
  order: Array<{ field: string; direction: "asc" | "desc" }>,
  keys: (value: T) => K,
): T[] {
  if (order.length === 0) return values;
  return [...values].sort((a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (const { field, direction } of order) {
      const x = ka[field]!;
      const y = kb[field]!;
      const diff = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : Number(x) - Number(y);
      if (diff !== 0) return direction === "asc" ? diff : -diff;
    }
    return 0;
  });
}
