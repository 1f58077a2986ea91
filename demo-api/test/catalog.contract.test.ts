import type { Product } from "@commercengine/storefront-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProduct, rawRequest, startFixture, type DemoApiFixture } from "./demo-api-fixture";

let fixture: DemoApiFixture;
let allProducts: Product[];

beforeAll(async () => {
  fixture = await startFixture();
  const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 100 });
  allProducts = data!.products;
});
afterAll(() => fixture.api.close());

const catalog = () => fixture.storefront.public().catalog;

describe("GET /catalog/categories", () => {
  it("returns top-level categories with their subcategories nested", async () => {
    const { data, error } = await catalog().listCategories();
    expect(error).toBeNull();
    const categories = data!.categories;
    expect(categories.length).toBeGreaterThan(0);
    expect(categories.every((category) => category.parent_category_id === null)).toBe(true);
    const parent = categories.find((category) => (category.child_categories ?? []).length > 0);
    expect(parent).toBeDefined();
    for (const child of parent!.child_categories!) expect(child.parent_category_id).toBe(parent!.id);
  });

  it("lists the children of a category by slug, limits nesting, and searches by name", async () => {
    const { data } = await catalog().listCategories();
    const parent = data!.categories.find((category) => (category.child_categories ?? []).length > 0)!;
    const children = await catalog().listCategories({ parent_category_slug: parent.slug });
    expect(children.data!.categories.map((category) => category.id).sort()).toEqual(
      parent.child_categories!.map((category) => category.id).sort(),
    );
    const flat = await catalog().listCategories({ nested_level: 0 });
    expect(flat.data!.categories.every((category) => category.child_categories === null)).toBe(true);
    const child = parent.child_categories![0]!;
    const found = await catalog().listCategories({ search: child.name.slice(0, 4) });
    expect(found.data!.categories.map((category) => category.id)).toContain(child.id);
  });
});

describe("GET /catalog/products", () => {
  it("pages through at least 30 products with consistent pagination", async () => {
    expect(allProducts.length).toBeGreaterThanOrEqual(30);
    const { data } = await catalog().listProducts({ page: 2, limit: 5 });
    expect(data!.products).toHaveLength(5);
    expect(data!.products[0]!.id).toBe(allProducts[5]!.id);
    expect(data!.pagination).toMatchObject({
      total_records: allProducts.length,
      total_pages: Math.ceil(allProducts.length / 5),
      previous_page: 1,
      next_page: 3,
      limit: 5,
    });
  });

  it("sorts by the JSON sort_by parameter", async () => {
    const { data } = await catalog().listProducts({ limit: 100, sort_by: JSON.stringify({ selling_price: "asc" }) });
    const prices = data!.products.map((product) => product.pricing.selling_price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const byName = await catalog().listProducts({ limit: 100, sort_by: '{"name":"desc"}' });
    const names = byName.data!.products.map((product) => product.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  });

  it("filters by category slug or id, including subcategories", async () => {
    const { data: tree } = await catalog().listCategories();
    const parent = tree!.categories.find((category) => (category.child_categories ?? []).length > 0)!;
    const familyIds = new Set([parent.id, ...parent.child_categories!.map((child) => child.id)]);
    const bySlug = await catalog().listProducts({ limit: 100, category_slug: [parent.slug] });
    expect(bySlug.data!.products.length).toBe(parent.product_count);
    for (const product of bySlug.data!.products) {
      expect(product.category_ids.some((id) => familyIds.has(id))).toBe(true);
    }
    const byId = await catalog().listProducts({ limit: 100, category_id: [parent.id] });
    expect(byId.data!.products.map((product) => product.id)).toEqual(
      bySlug.data!.products.map((product) => product.id),
    );
  });

  it("answers nonsense paging and sorting with a 400 that says what is wrong", async () => {
    for (const query of ["page=-1", "page=abc", "limit=0", "limit=1000", "sort_by=price", 'sort_by={"nope":"asc"}']) {
      const { status, json } = await rawRequest(fixture, "GET", `/catalog/products?${query}`);
      expect(status, query).toBe(400);
      expect(json.success).toBe(false);
      expect(String(json.message).length).toBeGreaterThan(5);
    }
  });

  it("is readable with a shopper's bearer token too (the SDK's session client)", async () => {
    const shopper = await fixture.newShopper();
    const { data, error } = await shopper.sdk.catalog.listProducts({ limit: 3 });
    expect(error).toBeNull();
    expect(data!.products).toHaveLength(3);
    const { status } = await rawRequest(fixture, "GET", "/catalog/products", { headers: { "X-Api-Key": "" } });
    expect(status).toBe(401);
  });
});

describe("GET /catalog/products/{id or slug}", () => {
  it("returns the product detail by id and by slug", async () => {
    const product = findProduct(allProducts, (candidate) => candidate.has_variant, "variant product");
    const byId = await catalog().getProductDetail({ product_id: product.id });
    const bySlug = await catalog().getProductDetail({ product_id: product.slug });
    expect(byId.data!.product.id).toBe(product.id);
    expect(bySlug.data!.product.id).toBe(product.id);
    expect(byId.data!.product.description).toBeTruthy();
    expect(byId.data!.product.variants.length).toBeGreaterThan(1);
  });

  it("answers 404 with the NotFound envelope for an unknown product", async () => {
    const { data, error, response } = await catalog().getProductDetail({ product_id: "no-such-product" });
    expect(data).toBeNull();
    expect(response.status).toBe(404);
    expect(error?.message).toMatch(/not found/i);
  });
});

describe("GET /catalog/products/{id}/variants and GET /catalog/skus", () => {
  it("lists a product's variants with their options", async () => {
    const product = findProduct(allProducts, (candidate) => candidate.has_variant, "variant product");
    const { data } = await catalog().listProductVariants({ product_id: product.id });
    expect(data!.variants.length).toBe(product.variants.length);
    expect(data!.variants.filter((variant) => variant.is_default)).toHaveLength(1);
    expect(Object.keys(data!.variants[0]!.associated_options).length).toBe(product.variant_options!.length);
  });

  it("lists one SKU per variant or simple product", async () => {
    const expected = allProducts.reduce(
      (count, product) => count + (product.has_variant ? product.variants.length : 1),
      0,
    );
    const { data } = await catalog().listSkus({ limit: 100 });
    expect(data!.pagination.total_records).toBe(expected);
    const inStock = await catalog().listSkus({ limit: 100, inventory: true });
    expect(inStock.data!.skus.every((sku) => sku.stock_available)).toBe(true);
    expect(inStock.data!.pagination.total_records).toBeLessThan(expected);
  });
});

describe("GET /catalog/products/similar", () => {
  it("suggests other products from the same categories", async () => {
    const product = allProducts[0]!;
    const { data, error } = await catalog().listSimilarProducts({ product_id: [product.id] });
    expect(error).toBeNull();
    expect(data!.products.length).toBeGreaterThan(0);
    for (const item of data!.products) {
      expect(item.product_id).not.toBe(product.id);
      expect(item.category_ids.some((id) => product.category_ids.includes(id))).toBe(true);
    }
  });
});

describe("POST /catalog/products/search", () => {
  it("finds products by text, with facets and stats", async () => {
    const product = findProduct(allProducts, (candidate) => candidate.has_variant, "variant product");
    const word = product.name.split(" ")[0]!;
    const { data, error } = await catalog().searchProducts({
      query: word,
      page: 1,
      limit: 50,
      facets: ["categories.name", "pricing.selling_price"],
    });
    expect(error).toBeNull();
    expect(data!.skus.some((sku) => sku.product_id === product.id)).toBe(true);
    expect(Object.keys(data!.facet_distribution!["categories.name"] ?? {}).length).toBeGreaterThan(0);
    const stats = data!.facet_stats!["pricing.selling_price"]!;
    expect(stats.min).toBeLessThanOrEqual(stats.max);
  });

  it("filters with the documented syntax and sorts", async () => {
    const { data } = await catalog().searchProducts({
      query: "",
      page: 1,
      limit: 100,
      filter: "pricing.selling_price 500 TO 2000 AND stock_available = true",
      sort: ["pricing.selling_price:desc"],
    });
    const prices = data!.skus.map((sku) => sku.pricing.selling_price);
    expect(prices.length).toBeGreaterThan(0);
    expect(prices.every((price) => price >= 500 && price <= 2000)).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(data!.skus.every((sku) => sku.stock_available)).toBe(true);
  });

  it("explains a malformed filter with a 400", async () => {
    const { status, json } = await rawRequest(fixture, "POST", "/catalog/products/search", {
      body: JSON.stringify({ query: "", page: 1, limit: 10, filter: "pricing.selling_price >" }),
    });
    expect(status).toBe(400);
    expect(json.message).toMatch(/position|expected/i);
  });
});
