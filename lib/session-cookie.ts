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
}

const FALLBACK_TTL_SECONDS = 30 * 24 * 3600;
const MIN_TTL_SECONDS = 60;

/** Seconds until the refresh token expires: the cookie lives exactly as long as the session can be renewed. */
export function sessionTtlSeconds(data: SessionData, now = Date.now()): number {
  const expiry = tokenExpiry(data.refreshToken);
  if (expiry === null) return FALLBACK_TTL_SECONDS;
  return Math.max(MIN_TTL_SECONDS, Math.floor((expiry - now) / 1000));
}

export function sealSession(data: SessionData, secret: string): Promise<string> {
  return sealData(data, { password: secret, ttl: sessionTtlSeconds(data) });
}

/** The session in a cookie value, or null for anything tampered, truncated, expired or foreign. */
export async function unsealSession(value: string | undefined, secret: string): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const data: unknown = await unsealData(value, { password: secret });
    return isSessionData(data) ? data : null;
  } catch {
    return null;
  }
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
    (data.cartId === undefined || typeof data.cartId === "string")
  );
}
