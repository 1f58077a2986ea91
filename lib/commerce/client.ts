import "server-only";
import { createStorefront, type ApiResult, type StorefrontFactory } from "@commercengine/storefront-sdk";
import { getConfig } from "../config";
import { getSession } from "../session";

/** Server calls to the API give up after this long, so a slow API cannot hang a page. */
export const API_TIMEOUT_MS = 8_000;

let factory: StorefrontFactory | undefined;

function storefront(): StorefrontFactory {
  if (!factory) {
    const config = getConfig();
    factory = createStorefront({
      storeId: config.storeId,
      apiKey: config.apiKey,
      baseUrl: config.apiBaseUrl,
      timeout: API_TIMEOUT_MS,
    });
  }
  return factory;
}

/** The API-key client for catalog, categories and store config: the same answer for every shopper. */
export function publicApi() {
  return storefront().public();
}

/**
 * A client for this shopper's calls, seeded with the access token the middleware put in the
 * session. It never mints or refreshes tokens itself: the middleware owns that. null when the
 * request has no session (the API was unreachable when it arrived).
 */
export async function sessionApi() {
  const { data } = await getSession();
  if (!data) return null;
  return { api: shopperApi(data.accessToken), session: data };
}

/** The client for calls made with this shopper's access token. */
export function shopperApi(accessToken: string) {
  return storefront().session({ accessToken });
}

export type ShopperApi = ReturnType<typeof shopperApi>;

export class CommerceApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
    /** A 400's per-field explanations, keyed by the field's path in the request body ("shipping_address.pincode"). */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "CommerceApiError";
  }
}

/** The data of an SDK result, or a CommerceApiError carrying the API's status and message. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.data !== null && result.data !== undefined) return result.data;
  const status = result.response?.status ?? null;
  throw new CommerceApiError(
    result.error?.message ?? "Commerce API request failed",
    status,
    result.error?.code ?? null,
    fieldErrorsOf(result.error),
  );
}

function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: unknown = typeof error === "object" && error !== null ? (error as { errors?: unknown }).errors : null;
  if (typeof errors !== "object" || errors === null) return {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
