import "server-only";
import { sealData, unsealData } from "iron-session";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { getConfig } from "@/lib/config";
import type { SentCode } from "@/lib/commerce/sign-in";
import type { SignInFlow } from "./sign-in-flow";

/**
 * The sign-in code the shopper was last sent, kept between "send me a code" and "here is the code" in a sealed,
 * short-lived cookie: the code's token never reaches the browser, and a reload of the code step still knows where
 * the code went.
 */
export interface PendingSignIn extends SentCode {
  flow: SignInFlow;
  /** Where to go once signed in: a path on this site. */
  next: string;
}

const COOKIE = "ce_sign_in";
/** As long as a code lives at Commerce Engine. */
const TTL_SECONDS = 10 * 60;

export async function savePendingSignIn(sent: SentCode, flow: SignInFlow, next: string): Promise<void> {
  const { sessionSecret, secureCookies } = getConfig();
  const pending: PendingSignIn = { ...sent, flow, next };
  (await cookies()).set(COOKIE, await sealData(pending, { password: sessionSecret, ttl: TTL_SECONDS }), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies,
    path: "/",
    maxAge: TTL_SECONDS,
  });
}

export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  // Per request, never prerendered: unsealing checks the seal's expiry against the clock.
  await connection();
  const value = (await cookies()).get(COOKIE)?.value;
  if (!value) return null;
  try {
    const data: unknown = await unsealData(value, { password: getConfig().sessionSecret, ttl: TTL_SECONDS });
    return isPendingSignIn(data) ? data : null;
  } catch {
    return null;
  }
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

function isPendingSignIn(value: unknown): value is PendingSignIn {
  if (typeof value !== "object" || value === null) return false;
  const data = value as Record<string, unknown>;
  return (
    typeof data.email === "string" &&
    typeof data.otpToken === "string" &&
    (data.otpAction === "login" || data.otpAction === "register") &&
    (data.demoCode === null || typeof data.demoCode === "string") &&
    (data.flow === "checkout" || data.flow === "account") &&
    typeof data.next === "string"
  );
}
