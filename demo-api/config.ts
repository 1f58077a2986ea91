/** Settings of the demo API, read from `DEMO_*` environment variables. */
export interface DemoApiConfig {
  host: string;
  port: number;
  storeId: string;
  apiKey: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshSingleUse: boolean;
  /** Lifetime of an e-mail sign-in code. */
  otpTtlSeconds: number;
  /** How soon another sign-in code may be sent to the same address; 0 turns the cooldown off. */
  otpResendCooldownSeconds: number;
  /** How long a payment page stays open before the payment counts as failed and may be retried. */
  paymentTtlSeconds: number;
  quiet: boolean;
  /** Origin that image URLs in the catalog point at; defaults to the address the server listens on. */
  publicOrigin: string | null;
}

export const DEMO_API_DEFAULTS = {
  host: "127.0.0.1",
  port: 4010,
  storeId: "demo",
  apiKey: "demo-public-api-key",
  jwtSecret: "demo-api-signing-secret-not-for-production",
  accessTokenTtlSeconds: 3600,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
  otpTtlSeconds: 10 * 60,
  otpResendCooldownSeconds: 30,
  paymentTtlSeconds: 15 * 60,
} as const;

export function readDemoApiConfig(env: Record<string, string | undefined> = process.env): DemoApiConfig {
  return {
    host: env.DEMO_API_HOST || DEMO_API_DEFAULTS.host,
    port: readInteger(env, "DEMO_API_PORT", DEMO_API_DEFAULTS.port, 0),
    storeId: DEMO_API_DEFAULTS.storeId,
    apiKey: env.DEMO_API_KEY || DEMO_API_DEFAULTS.apiKey,
    jwtSecret: env.DEMO_JWT_SECRET || DEMO_API_DEFAULTS.jwtSecret,
    accessTokenTtlSeconds: readInteger(env, "DEMO_ACCESS_TOKEN_TTL", DEMO_API_DEFAULTS.accessTokenTtlSeconds, 1),
    refreshTokenTtlSeconds: readInteger(env, "DEMO_REFRESH_TOKEN_TTL", DEMO_API_DEFAULTS.refreshTokenTtlSeconds, 1),
    refreshSingleUse: env.DEMO_REFRESH_SINGLE_USE === "1",
    otpTtlSeconds: readInteger(env, "DEMO_OTP_TTL", DEMO_API_DEFAULTS.otpTtlSeconds, 1),
    otpResendCooldownSeconds: readInteger(
      env,
      "DEMO_OTP_RESEND_COOLDOWN",
      DEMO_API_DEFAULTS.otpResendCooldownSeconds,
      0,
    ),
    paymentTtlSeconds: readInteger(env, "DEMO_PAYMENT_TTL", DEMO_API_DEFAULTS.paymentTtlSeconds, 1),
    quiet: env.DEMO_API_QUIET === "1",
    publicOrigin: env.DEMO_API_PUBLIC_URL || null,
  };
}

function readInteger(env: Record<string, string | undefined>, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
}
