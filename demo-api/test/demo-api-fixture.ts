import { createStorefront, type Product, type StorefrontFactory } from "@commercengine/storefront-sdk";
import { startDemoApi, type RunningDemoApi } from "../app";
import { readDemoApiConfig } from "../config";

export const TEST_API_KEY = "contract-test-key";

/** A demo API on a free port, and the official SDK pointed at it, as the storefront uses it. */
export interface DemoApiFixture {
  api: RunningDemoApi;
  storefront: StorefrontFactory;
  /** A fresh guest: an SDK session client seeded with a new anonymous token. */
  newShopper(): Promise<{ sdk: ReturnType<StorefrontFactory["session"]>; userId: string; accessToken: string }>;
}

export async function startFixture(env: Record<string, string> = {}): Promise<DemoApiFixture> {
  const api = await startDemoApi({
    ...readDemoApiConfig({ DEMO_API_KEY: TEST_API_KEY, ...env }),
    port: 0,
    quiet: true,
  });
  const storefront = createStorefront({ storeId: "demo", apiKey: TEST_API_KEY, baseUrl: api.baseUrl });
  return {
    api,
    storefront,
    async newShopper() {
      const { data, error } = await storefront.session().auth.getAnonymousToken();
      if (!data) throw new Error(`anonymous token failed: ${error?.message}`);
      return {
        sdk: storefront.session({ accessToken: data.access_token }),
        userId: data.user.id,
        accessToken: data.access_token,
      };
    },
  };
}

/** Raw HTTP against the demo API, for what the SDK would never send. */
export async function rawRequest(
  fixture: DemoApiFixture,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${fixture.api.baseUrl}${path}`, {
    method,
    headers: { "X-Api-Key": TEST_API_KEY, "Content-Type": "application/json", ...options.headers },
    body: options.body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export function findProduct(products: Product[], predicate: (product: Product) => boolean, what: string): Product {
  const product = products.find(predicate);
  if (!product) throw new Error(`demo catalog has no ${what}`);
  return product;
}
