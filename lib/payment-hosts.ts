import { DEMO_API_PORT } from "./config";

/**
 * Origins of the payment pages a checkout form may lead to (the Content-Security-Policy's form-action): placing an
 * order posts a form that the server answers with a redirect to the payment page, and browsers hold such redirects
 * to form-action. JusPay's hosted checkout for a real store (plus any hosts in CE_PAYMENT_HOSTS, comma-separated);
 * the demo API's simulated payment page in demo mode.
 */
export function paymentOrigins(env: Record<string, string | undefined>): string[] {
  const origins = env.CE_STORE_ID
    ? ["https://*.juspay.in"]
    : [`http://127.0.0.1:${env.DEMO_API_PORT || String(DEMO_API_PORT)}`];
  const demoPublic = env.CE_STORE_ID ? null : originOf(env.DEMO_API_PUBLIC_URL);
  if (demoPublic) origins.push(demoPublic);
  for (const host of (env.CE_PAYMENT_HOSTS ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)) {
    origins.push(`https://${host}`);
  }
  return origins;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
