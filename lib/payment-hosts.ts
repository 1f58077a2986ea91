import { DEMO_API_PORT } from "./demo-api-port";

/**
 * Origins of the payment pages a checkout form may lead to (the Content-Security-Policy's form-action): placing an
 * order posts a form that the server answers with a redirect to the payment page, and browsers hold such redirects
 * to form-action. JusPay's hosted checkout for a real store (plus any hosts in CE_PAYMENT_HOSTS, comma-separated);
 * the demo API's simulated payment page in demo mode. Read at build time: next.config.ts's headers are written into
 * the build.
 */
export function paymentOrigins(env: Record<string, string | undefined>): string[] {
  const origins = env.CE_STORE_ID
    ? ["https://*.juspay.in"]
    : [`http://127.0.0.1:${env.DEMO_API_PORT || String(DEMO_API_PORT)}`];
  const demoPublic = env.CE_STORE_ID ? null : originOf(env.DEMO_API_PUBLIC_URL);
  if (demoPublic) origins.push(demoPublic);
  for (const host of paymentHostList(env.CE_PAYMENT_HOSTS)) origins.push(`https://${host}`);
  return origins;
}

const HOST_NAME = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

/** CE_PAYMENT_HOSTS as host names; anything else (which would change the policy's meaning) stops the server. */
export function paymentHostList(value: string | undefined): string[] {
  const hosts = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const host of hosts) {
    if (!HOST_NAME.test(host))
      throw new Error(`CE_PAYMENT_HOSTS must list host names like pay.example.com, got "${host}"`);
  }
  return hosts;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
