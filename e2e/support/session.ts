import type { BrowserContext } from "@playwright/test";
import { SESSION_COOKIE, unsealSession, type SessionData } from "../../lib/session-cookie";
import { E2E_SESSION_SECRET } from "./ports";

/** The session cookie as the browser holds it. */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** Opens the browser's session cookie with the e2e server's secret: what the server will see. */
export async function sessionInCookie(context: BrowserContext): Promise<SessionData | null> {
  return unsealSession((await sessionCookie(context))?.value, E2E_SESSION_SECRET);
}

export interface SessionInfo {
  userId: string | null;
  isAnonymous: boolean;
  isLoggedIn: boolean;
  expiresAt: string | null;
}
