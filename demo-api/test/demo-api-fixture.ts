import {
  createStorefront,
  type CreateCartAddressBody,
  type LoginWithEmailContent,
  type Product,
  type StorefrontFactory,
  type VerifyOtpContent,
} from "@commercengine/storefront-sdk";
import { startDemoApi, type RunningDemoApi } from "../app";
import { readDemoApiConfig } from "../config";

export const TEST_API_KEY = "contract-test-key";

export type SessionSdk = ReturnType<StorefrontFactory["session"]>;
export interface Shopper {
  sdk: SessionSdk;
  userId: string;
  accessToken: string;
}

/** A demo API on a free port, and the official SDK pointed at it, as the storefront uses it. */
export interface DemoApiFixture {
  api: RunningDemoApi;
  storefront: StorefrontFactory;
  /** A fresh guest: an SDK session client seeded with a new anonymous token. */
  newShopper(): Promise<Shopper>;
  /** Signs a shopper in with `email` (registering it if new); returns the signed-in session and its SDK client. */
  signIn(shopper: Shopper, email: string): Promise<VerifyOtpContent & { sdk: SessionSdk }>;
  /** A guest who has just signed in to a brand-new account. */
  newSignedInShopper(): Promise<Shopper & { email: string }>;
}

export async function startFixture(env: Record<string, string> = {}): Promise<DemoApiFixture> {
  const api = await startDemoApi({
    ...readDemoApiConfig({ DEMO_API_KEY: TEST_API_KEY, ...env }),
    port: 0,
    quiet: true,
  });
  const storefront = createStorefront({ storeId: "demo", apiKey: TEST_API_KEY, baseUrl: api.baseUrl });
  const fixture: DemoApiFixture = {
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
    async signIn(shopper, email) {
      const code = await requestCode(shopper.sdk, email);
      const { data, error } = await shopper.sdk.auth.verifyOtp({
        otp: code.otp,
        otp_token: code.otp_token,
        otp_action: code.otp_action as "login" | "register",
      });
      if (!data) throw new Error(`verify-otp failed: ${error?.message}`);
      return { ...data, sdk: storefront.session({ accessToken: data.access_token }) };
    },
    async newSignedInShopper() {
      const email = uniqueEmail("shopper");
      const signedIn = await fixture.signIn(await fixture.newShopper(), email);
      return { sdk: signedIn.sdk, userId: signedIn.user.id, accessToken: signedIn.access_token, email };
    },
  };
  return fixture;
}

export const uniqueEmail = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

/** Asks for a sign-in code in debug mode, so the code comes back in the response. */
export async function requestCode(sdk: SessionSdk, email: string): Promise<LoginWithEmailContent & { otp: string }> {
  const { data, error } = await sdk.auth.loginWithEmail(
    { email, register_if_not_exists: true },
    { "x-debug-mode": true },
  );
  if (!data) throw new Error(`login/email failed: ${error?.message}`);
  const { otp } = data as LoginWithEmailContent & { otp?: string };
  if (!otp) throw new Error("debug mode returned no otp");
  return { ...data, otp };
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

/** An address as the cart takes it (`POST /carts/{id}/address`). */
export type TestAddress = NonNullable<
  Extract<CreateCartAddressBody, { shipping_address: unknown }>["shipping_address"]
>;

/** A valid address in Bengaluru, with any field changed. */
export function testAddress(overrides: Partial<TestAddress> = {}): TestAddress {
  return {
    first_name: "Asha",
    last_name: "Rao",
    country_code: "+91",
    phone: "9845012345",
    email: "asha.rao@example.com",
    address_line1: "14, 2nd Cross, HAL 2nd Stage",
    address_line2: null,
    landmark: null,
    pincode: "560038",
    city: "Bengaluru",
    state: "Karnataka",
    country: "India",
    tax_identification_number: null,
    business_name: null,
    nickname: null,
    ...overrides,
  };
}
