/**
 * The security headers every response carries (set in next.config.ts). The Content-Security-Policy fits how a
 * Next.js App Router site with prerendered pages works:
 * - script-src 'self' 'unsafe-inline': Next.js writes inline scripts (the page's data for hydration, streamed parts,
 *   and our theme script that must run before first paint). Nonces would need every page rendered per request,
 *   which would throw away the prerendered catalog; so inline scripts are allowed, and every other script source
 *   is not. Development adds 'unsafe-eval' for React's debugging tools and hot reload.
 * - style-src 'self' 'unsafe-inline': React sets style attributes (colour swatches) and Next.js inlines some CSS.
 * - img-src 'self' data: blob: and the image hosts: product images go through next/image on our own origin; the
 *   hosts cover any image a store's content links directly.
 * - connect-src 'self': the browser talks only to this site (the API is called from the server); development adds
 *   WebSockets for hot reload.
 * - frame-ancestors 'none' (and X-Frame-Options: DENY): no site may frame the store (clickjacking).
 * - form-action 'self' and the payment pages (see payment-hosts): placing an order is answered with a redirect there.
 * - base-uri 'self', object-src 'none'.
 * HSTS only in production, where the site is served over HTTPS.
 */
export interface SecurityHeaderOptions {
  production: boolean;
  /** Extra image origins, e.g. "https://cdn.example.com". */
  imageOrigins: string[];
  /** Payment pages checkout forms lead to. */
  paymentOrigins?: string[];
}

export function securityHeaders({
  production,
  imageOrigins,
  paymentOrigins = [],
}: SecurityHeaderOptions): { key: string; value: string }[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...imageOrigins].join(" "),
    "font-src 'self'",
    `connect-src 'self'${production ? "" : " ws: wss:"}`,
    "frame-ancestors 'none'",
    ["form-action 'self'", ...paymentOrigins].join(" "),
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
