import "server-only";
import { getConfig } from "../config";
import { getSession } from "../session";
import type { SessionData } from "../session-cookie";
import { decodeClaims } from "../tokens";
import { CommerceApiError, sessionApi, shopperApi, unwrap } from "./client";

/**
 * Signing in with a code sent by e-mail (`POST /auth/login/email`, then `POST /auth/verify-otp`) and signing out
 * (`POST /auth/logout`). Each puts the tokens the API answers with into the session cookie, in place of the old ones:
 * the browser never sees a token.
 */

export type OtpAction = "login" | "register";

/** A code on its way to the shopper: what verifying it needs. */
export interface SentCode {
  email: string;
  otpToken: string;
  otpAction: OtpAction;
  /** The code itself, which only the demo API reveals (debug mode); null with a real store. */
  demoCode: string | null;
}

const noSession = () => new CommerceApiError("The store could not be reached.", null, null);

export async function sendSignInCode(email: string): Promise<SentCode> {
  const client = await sessionApi();
  if (!client) throw noSession();
  // Only the local demo API is ever asked for the code: a real store e-mails it and nothing else.
  const demo = getConfig().mode === "demo";
  const content = unwrap(
    await client.api.auth.loginWithEmail(
      { email, register_if_not_exists: true },
      demo ? { "x-debug-mode": true } : undefined,
    ),
  );
  const revealed = (content as { otp?: unknown }).otp;
  return {
    email,
    otpToken: content.otp_token,
    otpAction: content.otp_action === "register" ? "register" : "login",
    demoCode: demo && typeof revealed === "string" ? revealed : null,
  };
}

/**
 * Verifies the code and signs the shopper in. The API keeps the guest's cart for the account (moving it over, or
 * merging it into the account's cart), so the session forgets its cart id and finds the account's active cart.
 */
export async function verifySignInCode(sent: Pick<SentCode, "otpToken" | "otpAction">, code: string): Promise<void> {
  const session = await getSession();
  if (!session.data) throw noSession();
  const content = unwrap(
    await shopperApi(session.data.accessToken).auth.verifyOtp({
      otp: code,
      otp_token: sent.otpToken,
      otp_action: sent.otpAction,
    }),
  );
  await session.save(toSessionData(content.access_token, content.refresh_token));
}

/**
 * Ends the signed-in session at the API and carries on as the brand-new guest it answers with (no cart yet). If the
 * API cannot say (unreachable, or the session had already ended there), the session is dropped here all the same:
 * the next request starts a new guest session. A shared phone is never left signed in.
 */
export async function signOut(): Promise<void> {
  const session = await getSession();
  if (!session.data) return;
  try {
    const content = unwrap(await shopperApi(session.data.accessToken).auth.logout());
    await session.save(toSessionData(content.access_token, content.refresh_token));
  } catch (error) {
    if (!(error instanceof CommerceApiError)) throw error;
    console.warn(`[sign-in] logout at the API failed (${error.message}); the session is dropped here`);
    await session.clear();
  }
}

function toSessionData(accessToken: string, refreshToken: string): SessionData {
  const claims = decodeClaims(accessToken);
  if (!claims) throw new CommerceApiError("The store answered with a token this storefront cannot read.", 200, null);
  return { accessToken, refreshToken, userId: claims.userId, expiresAt: claims.expiresAt };
}

/** Who is signed in on this request, from the session's access token; null for a guest. */
export interface SignedInShopper {
  email: string | null;
  firstName: string | null;
}

export async function signedInShopper(): Promise<SignedInShopper | null> {
  const { data } = await getSession();
  const claims = data ? decodeClaims(data.accessToken) : null;
  if (!claims?.isLoggedIn) return null;
  return { email: claims.email, firstName: claims.firstName };
}
