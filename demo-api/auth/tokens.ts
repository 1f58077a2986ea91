import { errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { randomUUID } from "node:crypto";

export interface TokenSettings {
  secret: Uint8Array;
  storeId: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

/** The claims the official SDK reads from an access token. */
export interface AccessClaims {
  ulid: string;
  is_anonymous: boolean;
  is_logged_in: boolean;
  anonymous_id: string;
  customer_id: string | null;
  customer_group_id: string | null;
  store_id: string;
  channel: string;
  email: string | null;
  phone: string | null;
  first_name: string | null;
  last_name: string | null;
  /** The demo's session id, shared by an access token and its refresh token so logout can end both; absent on tokens signed before sessions had ids. */
  sid?: string;
  /** Set by the signer; absent on claims about to be signed. */
  iat?: number;
}

/** A refresh token names its user, and for an account enough of it to recreate it after a restart. */
export interface RefreshClaims {
  ulid: string;
  jti: string;
  sid?: string;
  email: string | null;
  customer_id: string | null;
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
}

const ALGORITHM = "HS256";

export async function issueTokenPair(
  settings: TokenSettings,
  claims: AccessClaims,
): Promise<TokenPair & { refreshJti: string }> {
  const now = Math.floor(Date.now() / 1000);
  const access_token = await new SignJWT({ ...claims, token_type: "access" })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + settings.accessTokenTtlSeconds)
    .setJti(randomUUID())
    .sign(settings.secret);
  const refreshJti = randomUUID();
  const refresh_token = await new SignJWT({
    ulid: claims.ulid,
    sid: claims.sid,
    email: claims.email,
    customer_id: claims.customer_id,
    token_type: "refresh",
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + settings.refreshTokenTtlSeconds)
    .setJti(refreshJti)
    .sign(settings.secret);
  return { access_token, refresh_token, refreshJti };
}

export type VerifyResult<T> = { ok: true; claims: T } | { ok: false; reason: "expired" | "invalid" };

/** Verifies an access token's signature and, unless `allowExpired`, its expiry. */
export async function verifyAccessToken(
  settings: TokenSettings,
  token: string,
  options: { allowExpired?: boolean } = {},
): Promise<VerifyResult<AccessClaims>> {
  const result = await verify(settings, token, options.allowExpired ?? false);
  if (!result.ok) return result;
  const payload = result.payload;
  if (payload.token_type !== "access" || typeof payload.ulid !== "string") return { ok: false, reason: "invalid" };
  return { ok: true, claims: payload as unknown as AccessClaims };
}

export async function verifyRefreshToken(settings: TokenSettings, token: string): Promise<VerifyResult<RefreshClaims>> {
  const result = await verify(settings, token, false);
  if (!result.ok) return result;
  const { payload } = result;
  if (payload.token_type !== "refresh" || typeof payload.ulid !== "string" || typeof payload.jti !== "string") {
    return { ok: false, reason: "invalid" };
  }
  return {
    ok: true,
    claims: {
      ulid: payload.ulid,
      jti: payload.jti,
      sid: typeof payload.sid === "string" ? payload.sid : undefined,
      email: typeof payload.email === "string" ? payload.email : null,
      customer_id: typeof payload.customer_id === "string" ? payload.customer_id : null,
    },
  };
}

async function verify(
  settings: TokenSettings,
  token: string,
  allowExpired: boolean,
): Promise<{ ok: true; payload: JWTPayload } | { ok: false; reason: "expired" | "invalid" }> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      algorithms: [ALGORITHM],
      // jose has no "ignore expiry" switch; a huge tolerance has the same effect.
      clockTolerance: allowExpired ? Number.MAX_SAFE_INTEGER : 0,
    });
    return { ok: true, payload };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? "expired" : "invalid" };
  }
}
