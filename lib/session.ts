import "server-only";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { getConfig } from "./config";
import { SESSION_COOKIE, sealSession, sessionCookieOptions, unsealSession, type SessionData } from "./session-cookie";

/**
 * The shopper's session for server components, server actions and route handlers. The
 * middleware has already minted or refreshed it on this request, so it is read here, never
 * created. `save()` writes changes (a new cart id, say) and works where Next.js lets code set
 * cookies: server actions and route handlers.
 */
export interface Session {
  /** null when the middleware could not reach the API to start a session. */
  data: SessionData | null;
  save(data: SessionData): Promise<void>;
  clear(): Promise<void>;
}

export async function getSession(): Promise<Session> {
  const { sessionSecret, previousSessionSecrets, secureCookies } = getConfig();
  // Per request, never prerendered: unsealing checks the seal's expiry against the clock.
  await connection();
  const store = await cookies();
  const data = await unsealSession(store.get(SESSION_COOKIE)?.value, [sessionSecret, ...previousSessionSecrets]);
  const session: Session = {
    data,
    async save(next) {
      store.set(SESSION_COOKIE, await sealSession(next, sessionSecret), sessionCookieOptions(next, secureCookies));
      session.data = next;
    },
    async clear() {
      store.delete(SESSION_COOKIE);
      session.data = null;
    },
  };
  return session;
}
