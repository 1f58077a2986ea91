import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, startFixture, type DemoApiFixture } from "./demo-api-fixture";

let fixture: DemoApiFixture;
let bearer: Record<string, string>;

beforeAll(async () => {
  fixture = await startFixture();
  const shopper = await fixture.newShopper();
  bearer = { Authorization: `Bearer ${shopper.accessToken}` };
});
afterAll(() => fixture.api.close());

describe("bad input gets a 4xx envelope, never a 500", () => {
  const cases: Array<{ name: string; method: string; path: string; body?: string; status: number }> = [
    { name: "malformed JSON", method: "POST", path: "/carts", body: "{not json", status: 400 },
    { name: "body that is not an object", method: "POST", path: "/carts", body: "[1,2]", status: 400 },
    { name: "items of the wrong type", method: "POST", path: "/carts", body: '{"items":"lots"}', status: 400 },
    { name: "no items", method: "POST", path: "/carts", body: '{"items":[]}', status: 400 },
    {
      name: "negative quantity",
      method: "POST",
      path: "/carts",
      body: '{"items":[{"product_id":"x","quantity":-3}]}',
      status: 400,
    },
    {
      name: "fractional quantity",
      method: "POST",
      path: "/carts",
      body: '{"items":[{"product_id":"x","quantity":0.5}]}',
      status: 400,
    },
    {
      name: "unknown product",
      method: "POST",
      path: "/carts",
      body: '{"items":[{"product_id":"x","variant_id":null,"quantity":1}]}',
      status: 404,
    },
    {
      name: "oversized body",
      method: "POST",
      path: "/carts",
      body: JSON.stringify({ items: [], pad: "x".repeat(100_000) }),
      status: 400,
    },
    {
      name: "search with wrong types",
      method: "POST",
      path: "/catalog/products/search",
      body: '{"query":42,"page":"one"}',
      status: 400,
    },
    {
      name: "serviceability with malformed JSON",
      method: "POST",
      path: "/fulfillment/serviceability",
      body: "{cart_id",
      status: 400,
    },
    {
      name: "fulfillment options without a cart id",
      method: "POST",
      path: "/carts/fulfillment-options",
      body: "{}",
      status: 400,
    },
    { name: "address for an unknown cart", method: "POST", path: "/carts/nope/address", body: "[]", status: 404 },
    { name: "an order from a guest", method: "POST", path: "/orders", body: '{"cart_id":1}', status: 401 },
    { name: "orders without a user id", method: "GET", path: "/orders", status: 400 },
    { name: "an unknown order", method: "GET", path: "/orders/AG-1/payment-status", status: 404 },
    { name: "unknown path", method: "GET", path: "/nothing/here", status: 404 },
    { name: "wrong method", method: "DELETE", path: "/catalog/products", status: 405 },
  ];

  for (const { name, method, path, body, status } of cases) {
    it(name, async () => {
      const response = await rawRequest(fixture, method, path, { headers: bearer, body });
      expect(response.status).toBe(status);
      expect(response.json.success).toBe(false);
      expect(typeof response.json.message).toBe("string");
      expect(typeof response.json.code).toBe("string");
    });
  }

  it("an unknown store id is a 404", async () => {
    const response = await fetch(`${fixture.api.origin}/api/v1/other-store/storefront/catalog/products`);
    expect(response.status).toBe(404);
  });
});

describe("demo controls", () => {
  it("counts calls per operation template and resets the counters", async () => {
    await fetch(`${fixture.api.origin}/__demo/stats/reset`, { method: "POST" });
    const catalog = fixture.storefront.public().catalog;
    const { data } = await catalog.listProducts({ limit: 2 });
    for (const product of data!.products) await catalog.getProductDetail({ product_id: product.slug });
    const stats = (await (await fetch(`${fixture.api.origin}/__demo/stats`)).json()) as {
      calls: Record<string, number>;
    };
    expect(stats.calls).toEqual({ "GET /catalog/products": 1, "GET /catalog/products/{product_id}": 2 });
    await fetch(`${fixture.api.origin}/__demo/stats/reset`, { method: "POST" });
    const after = (await (await fetch(`${fixture.api.origin}/__demo/stats`)).json()) as {
      calls: Record<string, number>;
    };
    expect(after.calls).toEqual({});
  });

  it("serves catalog images with long-lived cache headers and refuses paths outside the folder", async () => {
    const { data } = await fixture.storefront.public().catalog.listProducts({ limit: 1 });
    const imageUrl = data!.products[0]!.images[0]!.url_standard;
    const image = await fetch(imageUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toMatch(/^image\//);
    expect(image.headers.get("cache-control")).toContain("max-age=31536000");
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await fetch(`${fixture.api.origin}/images/..%2Fconfig.ts`)).status).toBe(404);
  });
});
