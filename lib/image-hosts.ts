import { DEMO_API_PORT } from "./config";

type RemotePattern = { protocol: "http" | "https"; hostname: string; port?: string; pathname?: string };

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
