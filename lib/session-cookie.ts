import { sealData, unsealData } from "iron-session";
import { tokenExpiry } from "./tokens";

/**
 * The sealed session cookie: what it holds, how it is sealed and which flags it carries.
 * Edge-safe, shared by the middleware and server code.
 */

export const SESSION_COOKIE = "ce_session";

export interface SessionData {
  accessToken: string;
  refreshToken: string;
  userId: string;
  /** Access-token expiry, milliseconds since the epoch. */
  expiresAt: number;
  /** The shopper's cart, once they have one. */
  cartId?: string;
  /** The order the last cart became, so checkout can lead back to it (from the payment page's back button, say). */
  placedOrder?: string;
  /**
   * Set when a signed-in session could not be renewed and the shopper goes on as a new guest: the e-mail address
   * they had signed in with (or "" when the token did not say), so checkout can ask them to sign in again.
   */
  endedSignIn?: string;
  /** When that happened, milliseconds since the epoch: the notice is for a shopper coming back soon after. */
  endedSignInAt?: number;
}

const FALLBACK_TTL_SECONDS = 30 * 24 * 3600;
const MIN_TTL_SECONDS = 60;

/** Seconds until the refresh token expires: the cookie lives exactly as long as the session can be renewed. */
export function sessionTtlSeconds(data: SessionData, now = Date.now()): number {
  const expiry = tokenExpiry(data.refreshToken);
  if (expiry === null) return FALLBACK_TTL_SECONDS;
  return Math.max(MIN_TTL_SECONDS, Math.floor((expiry - now) / 1000));
}

/**
 * The secrets that open session cookies: the current one (which seals new cookies) first, then previous ones that
 * still open cookies sealed before a rotation.
 */
export type SessionSecrets = string | readonly string[];

/** Seals with the current secret. The seal names its secret by an id derived from it, so rotation needs no numbering. */
export async function sealSession(data: SessionData, secrets: SessionSecrets): Promise<string> {
  const [current] = secretList(secrets);
  if (!current) throw new Error("No session secret");
  return sealData(data, { password: { [await secretId(current)]: current }, ttl: sessionTtlSeconds(data) });
}

/** The session in a cookie value, or null for anything tampered, truncated, expired or foreign. */
export async function unsealSession(value: string | undefined, secrets: SessionSecrets): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const passwords: Record<number, string> = {};
    for (const secret of secretList(secrets)) passwords[await secretId(secret)] = secret;
    const data: unknown = await unsealData(value, { password: passwords });
    return isSessionData(data) ? data : null;
  } catch {
    return null;
  }
}

function secretList(secrets: SessionSecrets): readonly string[] {
  return typeof secrets === "string" ? [secrets] : secrets;
}

const secretIds = new Map<string, number>();

/** A stable number for a secret (iron-session names the sealing password by number): 48 bits of its SHA-256. */
async function secretId(secret: string): Promise<number> {
  let id = secretIds.get(secret);
  if (id === undefined) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
    id = digest.slice(0, 6).reduce((value, byte) => value * 256 + byte, 0) + 1;
    secretIds.set(secret, id);
  }
  return id;
}

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  maxAge: number;
}

export function sessionCookieOptions(data: SessionData, secure: boolean): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: sessionTtlSeconds(data) };
}

function isSessionData(value: unknown): value is SessionData {
  if (typeof value !== "object" || value === null) return false;
  const data = value as Record<string, unknown>;
  return (
    typeof data.accessToken === "string" &&
    typeof data.refreshToken === "string" &&
    typeof data.userId === "string" &&
    typeof data.expiresAt === "number" &&
    (data.cartId === undefined || typeof data.cartId === "string") &&
    (data.placedOrder === undefined || typeof data.placedOrder === "string") &&
    (data.endedSignIn === undefined || typeof data.endedSignIn === "string") &&
    (data.endedSignInAt === undefined || typeof data.endedSignInAt === "number")
  );
}
