import { badRequest } from "../http/envelope";

/** A `JusPayHyperCheckout` payment method, the one the demo takes. */
export interface HyperCheckoutRequest {
  providerSlug: string;
  returnUrl: string;
}

const EXAMPLE =
  '{"payment_provider_slug": "juspay", "integration_type": "hyper-checkout", "return_url": "https://shop.example/checkout/return", "action": "paymentPage"}';

/** Checks `payment_method` for an order that has something to pay, naming the field that is missing or wrong. */
export function readPaymentMethod(value: unknown, amountDue: number): HyperCheckoutRequest {
  if (value === undefined || value === null) {
    throw badRequest(`payment_method is required: ₹${amountDue} is to be paid. Send one like ${EXAMPLE}`, {
      payment_method: "required",
    });
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw badRequest(`payment_method must be an object like ${EXAMPLE}`, { payment_method: "invalid" });
  }
  const method = value as Record<string, unknown>;
  const slug = method.payment_provider_slug;
  if (typeof slug !== "string" || slug.trim() === "" || slug.length > 100) {
    throw badRequest('payment_method.payment_provider_slug is required, e.g. "juspay"', {
      "payment_method.payment_provider_slug": "required",
    });
  }
  if (method.integration_type !== "hyper-checkout") {
    throw badRequest(
      'payment_method.integration_type must be "hyper-checkout": the demo store takes payments on a hosted payment page only',
      { "payment_method.integration_type": "not supported" },
    );
  }
  const returnUrl = readReturnUrl(method.return_url);
  if (method.action !== "paymentPage") {
    throw badRequest('payment_method.action must be "paymentPage"', { "payment_method.action": "invalid" });
  }
  return { providerSlug: slug.trim(), returnUrl };
}

function readReturnUrl(value: unknown): string {
  const problem = badRequest(
    "payment_method.return_url must be an absolute http(s) URL, where the shopper lands after paying",
    { "payment_method.return_url": "invalid" },
  );
  if (typeof value !== "string" || value.length > 2000) throw problem;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw problem;
    return url.toString();
  } catch {
    throw problem;
  }
}
