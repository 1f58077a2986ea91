import { getSession } from "@/lib/session";
import { decodeClaims } from "@/lib/tokens";

/** What the browser may know about the shopper's session: never a token. */
export interface SessionInfo {
  userId: string | null;
  isAnonymous: boolean;
  isLoggedIn: boolean;
  expiresAt: string | null;
}

export async function GET(): Promise<Response> {
  const { data } = await getSession();
  const claims = data ? decodeClaims(data.accessToken) : null;
  const info: SessionInfo = {
    userId: data?.userId ?? null,
    isAnonymous: claims ? claims.isAnonymous : true,
    isLoggedIn: claims?.isLoggedIn ?? false,
    expiresAt: data ? new Date(data.expiresAt).toISOString() : null,
  };
  return Response.json(info, { headers: { "Cache-Control": "private, no-store" } });
}
