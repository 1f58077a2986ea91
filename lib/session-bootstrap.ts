import type { StorefrontConfig } from "./config";
import type { SessionData } from "./session-cookie";
import {
  AuthCallError,
  decodeClaims,
  needsRefresh,
  requestAnonymousTokens,
  requestRefreshedTokens,
  type TokenClaims,
  type TokenPair,
} from "./tokens";

/**
 * Decides what session a request should carry: keep the current one, renew it, or start one.
 * The middleware's logic without Next.js in it, so it can be unit tested.
 */
export type SessionDecision =
  | { kind: "keep" }
  | { kind: "set"; session: SessionData; reason: "new" | "refreshed" }
  /** Nothing usable and the API could not give a session: the request goes on without one. */
  | { kind: "none"; error: string };

type AuthApi = Pick<StorefrontConfig, "apiBaseUrl" | "apiKey" | "storeId">;

export async function decideSession(
  api: AuthApi,
  current: SessionData | null,
  now = Date.now(),
): Promise<SessionDecision> {
  const claims = current ? decodeClaims(current.accessToken) : null;
  // A session of another store (the app was switched from the demo to a real store, say) is no session.
  if (current && claims && claims.userId === current.userId && (claims.storeId ?? api.storeId) === api.storeId) {
    if (!needsRefresh(claims, now)) return { kind: "keep" };
    const renewed = await renew(api, current);
    if (renewed.kind === "renewed") {
      const session =
        renewed.reason === "new" ? afterEndedSession(renewed.session, current, claims, now) : renewed.session;
      return { kind: "set", session, reason: renewed.reason };
    }
    // Unreachable API: keep the tokens, the next request retries. Refused while the access token still
    // works: most likely a parallel request already renewed it, and its cookie replaces this one.
    if (renewed.kind === "unreachable" || now < claims.expiresAt) return { kind: "keep" };
  }
  try {
    const session = toSession(await requestAnonymousTokens(api));
    return {
      kind: "set",
      session: current && claims ? afterEndedSession(session, current, claims, now) : session,
      reason: "new",
    };
  } catch (error) {
    return { kind: "none", error: error instanceof Error ? error.message : String(error) };
  }
}

type Renewal =
  | { kind: "renewed"; session: SessionData; reason: "refreshed" | "new" }
  | { kind: "refused" }
  | { kind: "unreachable" };

/**
 * Refresh token first; if the API refuses it (used by a parallel request, or expired),
 * `POST /auth/anonymous` with the old access token, which keeps the same shopper.
 */
async function renew(api: AuthApi, current: SessionData): Promise<Renewal> {
  for (const attempt of [
    () => requestRefreshedTokens(api, current.refreshToken),
    () => requestAnonymousTokens(api, current.accessToken),
  ]) {
    try {
      const session = toSession(await attempt());
      // The API may answer with a different shopper (it did not recognise the old token): their cart is not ours.
      if (session.userId !== current.userId) return { kind: "renewed", session, reason: "new" };
      return {
        kind: "renewed",
        session: current.cartId ? { ...session, cartId: current.cartId } : session,
        reason: "refreshed",
      };
    } catch (error) {
      if (!(error instanceof AuthCallError) || error.status === null || error.status >= 500)
        return { kind: "unreachable" };
    }
  }
  return { kind: "refused" };
}

/**
 * A new guest session that replaces one that could not be renewed. When the old one was signed in, the new one says
 * so (and with which address), so checkout can ask the shopper to sign in again instead of showing an empty cart.
 */
function afterEndedSession(next: SessionData, ended: SessionData, claims: TokenClaims, now: number): SessionData {
  if (claims.isLoggedIn) return { ...next, endedSignIn: claims.email ?? "", endedSignInAt: now };
  const { endedSignIn, endedSignInAt } = ended;
  return endedSignIn === undefined ? next : { ...next, endedSignIn, endedSignInAt };
}

function toSession(tokens: TokenPair): SessionData {
  const claims = decodeClaims(tokens.accessToken);
  if (!claims) throw new AuthCallError("Auth API returned an access token without the expected claims", 200);
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    userId: claims.userId,
    expiresAt: claims.expiresAt,
  };
}
