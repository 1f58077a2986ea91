import { NextResponse, type NextRequest } from "next/server";
import { afterView, CART_NOTICE_COOKIE, CART_NOTICE_PATH } from "./lib/cart-notice-cookie";
import { getConfigStatus } from "./lib/config";
import { isNoindexListing } from "./app/categories/_lib/listing-robots";
import { classifyRequest } from "./lib/request-kind";
import { decideSession } from "./lib/session-bootstrap";
import {
  SESSION_COOKIE,
  sealSession,
  sessionCookieOptions,
  unsealSession,
  type SessionData,
} from "./lib/session-cookie";
import { signInRedirect } from "./lib/signed-in-paths";
import { decodeClaims } from "./lib/tokens";

/**
 * Gives every shopper a Commerce Engine session before any page, action or route handler runs:
 * unseal the cookie; mint an anonymous token for a first visit (or a tampered cookie); refresh
 * one about to expire. A new session goes on the response (Set-Cookie) and on the forwarded
 * request, so the very render that follows already sees it. Nothing changed: no Set-Cookie.
 * Crawlers and HEAD requests get no session; a broken path or a method no page takes is answered here with a 4xx.
 * A page only a signed-in shopper can use sends anyone else to sign in (see signed-in-paths).
 */
export async function middleware(request: NextRequest): Promise<NextResponse> {
  const kind = classifyRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    userAgent: request.headers.get("user-agent"),
  });
  if (kind === "bad-path") return plainText(400, "Bad request: this address is not valid.");
  if (kind === "bad-method") return plainText(405, "Method not allowed.", { Allow: "GET, HEAD, POST" });
  // Crawlers and HEAD requests see the public catalog without a session of their own.
  const { response, session } =
    kind === "shopper" ? await withSession(request) : { response: NextResponse.next(), session: null };
  // Page views only: a server action checks for itself, and answers its form.
  if (request.method === "GET") {
    const signedIn = session ? decodeClaims(session.accessToken)?.isLoggedIn === true : false;
    const target = signInRedirect(request.nextUrl.pathname, request.nextUrl.search, signedIn);
    if (target) return redirectWith(response, new URL(target, request.url));
  }
  if (isNoindexListing(request.nextUrl)) response.headers.set("X-Robots-Tag", "noindex");
  // A cart form's message (posted without JavaScript) is shown on one view of the cart page only.
  const notice = request.nextUrl.pathname === CART_NOTICE_PATH ? request.cookies.get(CART_NOTICE_COOKIE)?.value : null;
  if (notice) {
    const next = afterView(notice);
    response.cookies.set(CART_NOTICE_COOKIE, next ?? "", {
      path: CART_NOTICE_PATH,
      maxAge: next ? 60 : 0,
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
    });
  }
  return response;
}

/** The response that lets the request on, and the session it carries (null when it has none). */
async function withSession(request: NextRequest): Promise<{ response: NextResponse; session: SessionData | null }> {
  const status = getConfigStatus();
  if (status.kind !== "ready") return { response: NextResponse.next(), session: null };
  const { config } = status;

  const cookieValue = request.cookies.get(SESSION_COOKIE)?.value;
  const current = await unsealSession(cookieValue, [config.sessionSecret, ...config.previousSessionSecrets]);
  const decision = await decideSession(config, current);

  if (decision.kind === "keep") return { response: NextResponse.next(), session: current };
  if (decision.kind === "none") {
    console.warn(`[session] continuing without a session: ${decision.error}`);
    if (!cookieValue || current) return { response: NextResponse.next(), session: current };
    // An unreadable cookie is dropped, so it is neither forwarded nor sent again.
    request.cookies.delete(SESSION_COOKIE);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.delete(SESSION_COOKIE);
    return { response, session: null };
  }

  const sealed = await sealSession(decision.session, config.sessionSecret);
  // The forwarded request carries the new cookie, so this very render sees the session.
  request.cookies.set(SESSION_COOKIE, sealed);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SESSION_COOKIE, sealed, sessionCookieOptions(decision.session, config.secureCookies));
  // A response that carries a shopper's session must never be stored by a shared cache.
  response.headers.set("Cache-Control", "private, no-store");
  return { response, session: decision.session };
}

/** A redirect that keeps what the session step decided (a new or dropped cookie). */
function redirectWith(next: NextResponse, target: URL): NextResponse {
  const redirect = NextResponse.redirect(target, 307);
  for (const cookie of next.cookies.getAll()) redirect.cookies.set(cookie);
  redirect.headers.set("Cache-Control", "private, no-store");
  return redirect;
}

function plainText(status: number, body: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}

export const config = {
  matcher: [
    {
      // Everything but static files, image optimisation, metadata files, the health check, search
      // suggestions (public catalog data), the revalidation webhook and any path with a file extension...
      source:
        "/((?!_next/static|_next/image|api/health|api/search/suggest|api/revalidate|favicon.ico|robots.txt|sitemap.xml|manifest.webmanifest|.*\\.[a-zA-Z0-9]+$).*)",
      // ...and not router or browser prefetches: they render without side effects, and the navigation
      // that follows gets the session. (Next.js strips these headers before the middleware runs, so
      // only the matcher can see them.)
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
        { type: "header", key: "sec-purpose", value: ".*prefetch.*" },
      ],
    },
  ],
};
