import { createStorefront } from "@commercengine/storefront-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFixture, TEST_API_KEY, type DemoApiFixture } from "./demo-api-fixture";

let fixture: DemoApiFixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterEach(async () => {
  await fetch(`${fixture.api.origin}/__demo/faults`, { method: "DELETE" });
});
afterAll(() => fixture.api.close());

async function inject(fault: Record<string, unknown>) {
  const response = await fetch(`${fixture.api.origin}/__demo/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const catalog = () => fixture.storefront.public().catalog;

describe("fault injection", () => {
  it("answers a matching operation with the chosen status, as an error envelope, and leaves others alone", async () => {
    expect(
      (await inject({ operation: "GET /catalog/products/{product_id}", mode: "status", status: 503 })).status,
    ).toBe(200);
    const failed = await catalog().getProductDetail({ product_id: "classic-fleece-hoodie" });
    expect(failed.response.status).toBe(503);
    expect(failed.error).toMatchObject({ success: false, code: "fault_injected" });
    expect((await catalog().listProducts({ limit: 1 })).response.status).toBe(200);
  });

  it("matches with * and stops after `times` calls", async () => {
    await inject({ operation: "GET /catalog/*", mode: "status", status: 500, times: 2 });
    expect((await catalog().listProducts({ limit: 1 })).response.status).toBe(500);
    expect((await catalog().listCategories()).response.status).toBe(500);
    expect((await catalog().listProducts({ limit: 1 })).response.status).toBe(200);
  });

  it("drops the connection without an answer", async () => {
    await inject({ operation: "*", mode: "drop" });
    await expect(
      fetch(`${fixture.api.baseUrl}/catalog/products`, { headers: { "X-Api-Key": TEST_API_KEY } }),
    ).rejects.toThrow();
  });

  it("hangs until the client gives up, so client timeouts are exercised", async () => {
    await inject({ operation: "GET /catalog/products", mode: "hang", hangMs: 5_000 });
    const impatient = createStorefront({
      storeId: "demo",
      apiKey: TEST_API_KEY,
      baseUrl: fixture.api.baseUrl,
      timeout: 300,
    });
    const started = Date.now();
    const result = await impatient.public().catalog.listProducts({ limit: 1 });
    expect(result.data).toBeFalsy();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("is cleared with DELETE, and the API is healthy again", async () => {
    await inject({ operation: "*", mode: "status", status: 503 });
    expect((await catalog().listProducts({ limit: 1 })).response.status).toBe(503);
    const cleared = await fetch(`${fixture.api.origin}/__demo/faults`, { method: "DELETE" });
    expect(await cleared.json()).toEqual({ faults: [] });
    expect((await catalog().listProducts({ limit: 1 })).response.status).toBe(200);
  });

  it.each([
    [{ mode: "status" }, "operation is required"],
    [{ operation: "*", mode: "explode" }, "mode must be status, hang or drop"],
    [{ operation: "*", mode: "status", status: 200 }, "status must be an HTTP error status"],
    [{ operation: "*", mode: "hang", hangMs: -1 }, "hangMs must be"],
    [{ operation: "*", mode: "drop", times: 0 }, "times must be a positive integer"],
  ])("refuses %j with a message", async (fault, message) => {
    const { status, json } = await inject(fault);
    expect(status).toBe(400);
    expect(String(json.message)).toContain(message);
  });

  it("takes JSON only, so a web page cannot post a fault", async () => {
    const response = await fetch(`${fixture.api.origin}/__demo/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "operation=*&mode=drop",
    });
    expect(response.status).toBe(400);
  });
});
