import { decodeJwt } from "jose";

/**
 * Access-token claims and the two auth calls the middleware makes. Edge-safe: plain fetch and
 * jose's decoder. Signatures are never verified here; the API verifies them.
 */

export interface TokenClaims {
  userId: string;
  isAnonymous: boolean;
  isLoggedIn: boolean;
  /** The signed-in shopper's e-mail address; null for a guest. */
  email: string | null;
  /** The signed-in shopper's first name, when the account has one. */
  firstName: string | null;
  /** The store the token was issued for, when the token says. */
  storeId: string | null;
  /** Expiry, milliseconds since the epoch. */
  expiresAt: number;
  /** Issue time, milliseconds since the epoch. */
  issuedAt: number;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** The SDK treats a token as expired 30 s before `exp`; we refresh in that window too. */
export const REFRESH_WINDOW_MS = 30_000;
export const AUTH_TIMEOUT_MS = 5_000;

export function decodeClaims(token: string): TokenClaims | null {
  try {
    const payload = decodeJwt(token);
    if (typeof payload.ulid !== "string" || typeof payload.exp !== "number") return null;
    return {
      userId: payload.ulid,
      isAnonymous: payload.is_anonymous !== false,
      isLoggedIn: payload.is_logged_in === true,
      email: nonEmptyString(payload.email),
      firstName: nonEmptyString(payload.first_name),
      storeId: typeof payload.store_id === "string" ? payload.store_id : null,
      expiresAt: payload.exp * 1000,
      issuedAt: typeof payload.iat === "number" ? payload.iat * 1000 : payload.exp * 1000,
    };
  } catch {
    return null;
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** Expiry of any JWT (the refresh token included), or null when it has none. */
export function tokenExpiry(token: string): number | null {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === "number" ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Whether a token expiring at `expiresAt` should be refreshed now. The window is the SDK's 30 s,
 * shortened to half the token's lifetime for very short-lived tokens, so they are still used.
 */
export function needsRefresh(claims: Pick<TokenClaims, "expiresAt" | "issuedAt">, now = Date.now()): boolean {
  const lifetime = claims.expiresAt - claims.issuedAt;
  const window = Math.min(REFRESH_WINDOW_MS, Math.max(0, lifetime / 2));
  return now >= claims.expiresAt - window;
}

export class AuthCallError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when the API could not be reached. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = "AuthCallError";
  }
}

interface AuthApi {
  apiBaseUrl: string;
  apiKey: string;
}

/** `POST /auth/anonymous`; with the shopper's old access token the API keeps the same user. */
export function requestAnonymousTokens(api: AuthApi, previousAccessToken?: string): Promise<TokenPair> {
  const headers: Record<string, string> = { "X-Api-Key": api.apiKey };
  if (previousAccessToken) headers.Authorization = `Bearer ${previousAccessToken}`;
  return postForTokens(`${api.apiBaseUrl}/auth/anonymous`, headers, undefined);
}

/** `POST /auth/refresh-token`. */
export function requestRefreshedTokens(api: AuthApi, refreshToken: string): Promise<TokenPair> {
  return postForTokens(
    `${api.apiBaseUrl}/auth/refresh-token`,
    { "Content-Type": "application/json" },
    JSON.stringify({ refresh_token: refreshToken }),
  );
}

async function postForTokens(
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<TokenPair> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body,
      cache: "no-store",
      signal: AbortSignal.timeout(AUTH_TIMEOUT_MS),
    });
  } catch (error) {
    throw new AuthCallError(`Auth API unreachable: ${error instanceof Error ? error.message : String(error)}`, null);
  }
  const json: unknown = await response.json().catch(() => null);
  const content = (json as { content?: { access_token?: unknown; refresh_token?: unknown } } | null)?.content;
  if (!response.ok || typeof content?.access_token !== "string" || typeof content.refresh_token !== "string") {
    throw new AuthCallError(`Auth API answered ${response.status}`, response.status);
  }
  return { accessToken: content.access_token, refreshToken: content.refresh_token };
}
