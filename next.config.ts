import type { NextConfig } from "next";
import { ConfigError, parseConfig } from "./lib/config";
import { imageOrigins, imageRemotePatterns } from "./lib/image-hosts";
import { paymentOrigins } from "./lib/payment-hosts";
import { securityHeaders } from "./lib/security-headers";

// Fail fast: `next dev`, `next build` and `next start` refuse to run with a missing or invalid
// variable and name it. (No store at all on Vercel is not an error: the app shows a setup page.)
const status = parseConfig(process.env);
if (status.kind === "invalid") throw new ConfigError(status.problems);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cache Components: catalog data is cached; home and product pages are prerendered with it. (The header's cart
  // is loaded by the browser.)
  cacheComponents: true,
  // Partial prefetching would embed a second copy of each request-time page's payload in its HTML (a prefetch for
  // the client's cache): the cart's HTML was 48 kB with it, 32 kB without; a category's 176 kB, 113 kB.
  partialPrefetching: false,
  // The e2e suite builds into its own folder so it never disturbs a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    const headers = securityHeaders({
      production: process.env.NODE_ENV === "production",
      imageOrigins: imageOrigins(process.env),
      paymentOrigins: paymentOrigins(process.env),
    });
    return [{ source: "/:path*", headers }];
  },
  images: {
    // Product images are at most about 620 CSS px wide: 1920 covers a 3× phone screen, and srcsets stay short.
    deviceSizes: [640, 750, 828, 1080, 1200, 1920],
    remotePatterns: imageRemotePatterns(process.env),
    // The demo API serves its catalog images from 127.0.0.1, which Next.js refuses by default.
    dangerouslyAllowLocalIP: !process.env.CE_STORE_ID,
  },
};

export default nextConfig;
