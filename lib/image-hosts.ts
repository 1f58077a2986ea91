import { DEMO_API_PORT } from "./demo-api-port";

export type RemotePattern = { protocol: "http" | "https"; hostname: string; port?: string; pathname?: string };

/**
 * Hosts next/image may optimise: the demo API's images in demo mode, Commerce Engine's CDN, and
 * any extra hosts in CE_IMAGE_HOSTS (comma-separated host names) for stores with their own CDN.
 */
export function imageRemotePatterns(env: Record<string, string | undefined>): RemotePattern[] {
  const patterns: RemotePattern[] = [{ protocol: "https", hostname: "**.commercengine.io" }];
  if (!env.CE_STORE_ID) {
    patterns.push({
      protocol: "http",
      hostname: "127.0.0.1",
      port: env.DEMO_API_PORT || String(DEMO_API_PORT),
      pathname: "/images/**",
    });
  }
  for (const host of (env.CE_IMAGE_HOSTS ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)) {
    patterns.push({ protocol: "https", hostname: host });
  }
  return patterns;
}

/** The same hosts as origins for the Content-Security-Policy's img-src ("https://cdn.example.com"). */
export function imageOrigins(env: Record<string, string | undefined>): string[] {
  return imageRemotePatterns(env).map(
    (pattern) =>
      `${pattern.protocol}://${pattern.hostname.replace("**.", "*.")}${pattern.port ? `:${pattern.port}` : ""}`,
  );
}

/** Whether an image URL is on one of these hosts, so next/image may optimise it (as its remotePatterns decide). */
export function isOptimizableImage(url: string, patterns: RemotePattern[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return patterns.some(
    (pattern) =>
      parsed.protocol === `${pattern.protocol}:` &&
      hostMatches(parsed.hostname, pattern.hostname) &&
      (pattern.port === undefined || parsed.port === pattern.port) &&
      (pattern.pathname === undefined || pathMatches(parsed.pathname, pattern.pathname)),
  );
}

/** "**.example.com" matches any subdomain of example.com (not example.com itself), as in next/image. */
function hostMatches(hostname: string, pattern: string): boolean {
  return pattern.startsWith("**.") ? hostname.endsWith(pattern.slice(2)) : hostname === pattern;
}

/** Only the "/prefix/**" form this module writes. */
function pathMatches(pathname: string, pattern: string): boolean {
  return pattern.endsWith("/**") ? pathname.startsWith(pattern.slice(0, -2)) : pathname === pattern;
}
