import type { NextRequest } from "next/server";

/**
 * The payment page (JusPay's hosted checkout, or the demo API's stand-in) sends the shopper back here with
 * `?order_id=…&status=…`. The status in the address is not trusted: the order page asks the API for the payment's
 * real state. An address without a usable order number goes to the order history.
 */
export function GET(request: NextRequest): Response {
  const orderNumber = request.nextUrl.searchParams.get("order_id") ?? "";
  const target = /^[A-Za-z0-9_-]{1,64}$/.test(orderNumber)
    ? `/orders/${encodeURIComponent(orderNumber)}`
    : "/account/orders";
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
