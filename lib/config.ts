/**
 * The storefront's configuration: the one module that reads `process.env`.
 *
 * With no `CE_STORE_ID` the storefront runs in demo mode against the local demo API that
 * `npm run dev` / `npm start` start beside it. Everything here is server-only.
 */

import { DEMO_API_PORT } from "./demo-api-port";
import { imageRemotePatterns, type RemotePattern } from "./image-hosts";

export { DEMO_API_PORT };

export type ApiEnvironment = "staging" | "production";

export interface StorefrontConfig {
  mode: "demo" | "live";
  storeId: string;
  apiKey: string;
  environment: ApiEnvironment;
  /** Storefront API base URL, `.../api/v1/{storeId}/storefront`. */
  apiBaseUrl: string;
  sessionSecret: string;
  /** Secrets from before a rotation (SESSION_SECRET_PREVIOUS): they still open cookies, never seal new ones. */
  previousSessionSecrets: string[];
  /** Send the session cookie only over HTTPS. */
  secureCookies: boolean;
  /** Absolute origin of the storefront, for canonical URLs, the sitemap and structured data. */
  siteUrl: string;
  /** Shared secret of `POST /api/revalidate`; null disables the webhook. */
  revalidateSecret: string | null;
  /** Image hosts next/image may optimise (also next.config's images.remotePatterns). */
  imageRemotePatterns: RemotePattern[];
}

export type ConfigStatus =
  | { kind: "ready"; config: StorefrontConfig }
  /** Deployed with no store credentials where no demo API can run: the app shows a setup page. */
  | { kind: "setup-required"; reason: string }
  | { kind: "invalid"; problems: string[] };

export const DEMO_STORE_ID = "demo";
export const DEMO_API_KEY = "demo-public-api-key";
/** Only ever used in demo mode or development; production with a real store requires SESSION_SECRET. */
const DEV_SESSION_SECRET = "dev-only-session-secret-change-me-0123456789";
export const MIN_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

export function demoApiBaseUrl(env: Env): string {
  const port = env.DEMO_API_PORT || String(DEMO_API_PORT);
  return `http://127.0.0.1:${port}/api/v1/${DEMO_STORE_ID}/storefront`;
}

export function productionBaseUrl(storeId: string, environment: ApiEnvironment): string {
  const host = environment === "staging" ? "staging.api.commercengine.io" : "prod.api.commercengine.io";
  return `https://${host}/api/v1/${encodeURIComponent(storeId)}/storefront`;
}

/** Pure: turns an environment into a configuration, or says exactly what is missing or wrong. */
export function parseConfig(env: Env): ConfigStatus {
  const isProduction = env.NODE_ENV === "production";
  const problems: string[] = [];
  const storeId = env.CE_STORE_ID?.trim() || "";
  const mode = storeId ? "live" : "demo";

  const rawEnvironment = env.CE_ENVIRONMENT?.trim() || "production";
  if (rawEnvironment !== "staging" && rawEnvironment !== "production") {
    problems.push(`CE_ENVIRONMENT must be "staging" or "production", got "${rawEnvironment}"`);
  }
  const environment: ApiEnvironment = rawEnvironment === "staging" ? "staging" : "production";

  const apiUrl = env.CE_API_URL?.trim() || "";
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl))
    problems.push(`CE_API_URL must be an http(s) URL, got "${apiUrl}"`);

  if (mode === "demo" && !apiUrl && env.VERCEL) {
    return {
      kind: "setup-required",
      reason: "No store is configured (CE_STORE_ID is not set) and the local demo API cannot run on this host.",
    };
  }

  let apiKey = env.CE_API_KEY?.trim() || "";
  if (mode === "live" && !apiKey) problems.push("CE_API_KEY is required when CE_STORE_ID is set");
  if (mode === "demo" && !apiKey) apiKey = env.DEMO_API_KEY?.trim() || DEMO_API_KEY;

  let sessionSecret = env.SESSION_SECRET ?? "";
  if (!sessionSecret) {
    if (mode === "live" && isProduction) problems.push("SESSION_SECRET is required in production");
    sessionSecret = DEV_SESSION_SECRET;
  } else if (sessionSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }

  const previousSessionSecrets = (env.SESSION_SECRET_PREVIOUS ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter(Boolean);
  if (previousSessionSecrets.some((secret) => secret.length < MIN_SECRET_LENGTH)) {
    problems.push(`Every secret in SESSION_SECRET_PREVIOUS must be at least ${MIN_SECRET_LENGTH} characters long`);
  }

  const revalidateSecret = env.REVALIDATE_SECRET?.trim() || null;
  if (revalidateSecret && revalidateSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`REVALIDATE_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  }

  const siteUrl = readSiteUrl(env);
  if (!siteUrl)
    problems.push(`SITE_URL must be an http(s) origin such as https://shop.example.com, got "${env.SITE_URL}"`);

  if (problems.length > 0 || !siteUrl) return { kind: "invalid", problems };
  return {
    kind: "ready",
    config: {
      mode,
      storeId: mode === "live" ? storeId : DEMO_STORE_ID,
      apiKey,
      environment,
      apiBaseUrl: (apiUrl || (mode === "live" ? productionBaseUrl(storeId, environment) : demoApiBaseUrl(env))).replace(
        /\/+$/,
        "",
      ),
      sessionSecret,
      previousSessionSecrets,
      secureCookies: isProduction && env.SESSION_COOKIE_INSECURE !== "1",
      siteUrl,
      revalidateSecret,
      imageRemotePatterns: imageRemotePatterns(env),
    },
  };
}

/** SITE_URL, else the production domain Vercel provides, else the local server. */
function readSiteUrl(env: Env): string | null {
  const raw =
    env.SITE_URL?.trim() || (env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : "");
  if (!raw) return `http://localhost:${env.PORT || "3000"}`;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Storefront configuration is invalid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee .env.example and the README.`,
    );
    this.name = "ConfigError";
  }
}

let cached: ConfigStatus | undefined;

/** The configuration status of this process, parsed once. */
export function getConfigStatus(): ConfigStatus {
  cached ??= parseConfig(process.env);
  return cached;
}

/** The ready configuration; throws a message naming every missing or wrong variable. */
export function getConfig(): StorefrontConfig {
  const status = getConfigStatus();
  if (status.kind === "ready") return status.config;
  throw new ConfigError(status.kind === "invalid" ? status.problems : [status.reason]);
}
