import type { CreateOrderContent, RetryOrderPaymentContent } from "@commercengine/storefront-sdk";
import { checkoutBlocker } from "../checkout/checkout-readiness";
import { toWirePreference } from "../checkout/fulfillment-choice";
import { expectObject, readJsonBody } from "../http/body";
import { ApiError, badRequest, notFound, sendSuccess, unauthorized } from "../http/envelope";
import { paginate, readPageParams, readSortParam } from "../http/query";
import type { RequestContext, Router } from "../http/router";
import { hyperCheckoutResponse } from "../orders/hyper-checkout";
import { orderFromCart } from "../orders/order-from-cart";
import { renderOrder, renderOrderDetail, renderOrderListEntry, renderPaymentStatus } from "../orders/order-views";
import { readPaymentMethod } from "../orders/payment-method";
import { findOwnCart, readCartId, requireShopper, type DemoApiDeps } from "./context";

/**
 * Orders: placing one consumes the cart; when something is to be paid the shopper is sent to the (simulated) JusPay
 * payment page, whose outcome the payment-status call reports. Orders belong to the account that placed them.
 */
export function registerOrderRoutes(router: Router, deps: DemoApiDeps): void {
  const { carts, orders } = deps;

  /** The shopper's order named in the path; someone else's order is as invisible as a missing one. */
  async function ownOrder(ctx: RequestContext) {
    const shopper = await requireShopper(deps, ctx);
    const order = orders.find(ctx.params.order_number ?? "", shopper.ulid);
    if (!order) throw notFound(`Order ${(ctx.params.order_number ?? "").slice(0, 100)} not found`);
    return order;
  }

  router.add("POST", "/orders", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    if (!shopper.is_logged_in) throw new ApiError(401, "login_required", "Sign in to place an order");
    const body = expectObject(await readJsonBody(ctx.req));
    const cart = findOwnCart(deps, shopper, readCartId(body));
    const fulfillment = carts.fulfillmentOf(cart);
    const blocker = checkoutBlocker({
      itemCount: cart.lines.length,
      shippingAddress: cart.shippingAddress,
      billingAddress: cart.billingAddress,
      fulfillment,
    });
    if (blocker) throw badRequest(blocker.message, blocker.errors);
    const wireCart = carts.render(cart);
    const payment = wireCart.to_be_paid > 0 ? readPaymentMethod(body.payment_method, wireCart.to_be_paid) : null;

    const order = orders.place({ userId: shopper.ulid, customerId: shopper.customer_id }, (orderNumber, orderDate) =>
      orderFromCart(wireCart, {
        orderNumber,
        orderDate,
        fulfillment: toWirePreference(fulfillment, cart.fulfillment ? "user" : "auto"),
      }),
    );
    // The cart becomes the order: the shopper's next item starts a new cart.
    carts.remove(cart);
    const attempt = payment ? orders.startPayment(order, payment) : null;
    const content: CreateOrderContent = {
      order: renderOrder(order, orders.payment(order)),
      payment_required: attempt !== null,
      payment_info: attempt ? hyperCheckoutResponse(order, attempt, deps.publicOrigin) : {},
    };
    sendSuccess(ctx.res, `Order ${order.orderNumber} placed`, content);
  });

  router.add("GET", "/orders", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    const userId = ctx.url.searchParams.get("user_id");
    if (!userId) throw badRequest('Query parameter "user_id" is required', { user_id: "required" });
    if (userId !== shopper.ulid) throw unauthorized("You can only list your own orders");
    const [sort] = readSortParam(ctx.url, ["order_date"]);
    const newestFirst = orders.listFor(shopper.ulid);
    const listed = sort?.direction === "asc" ? newestFirst.reverse() : newestFirst;
    const now = Date.now();
    const { items, pagination } = paginate(listed, readPageParams(ctx.url));
    sendSuccess(ctx.res, "Orders", {
      orders: items.map((order) => renderOrderListEntry(order, orders.payment(order, now))),
      pagination,
    });
  });

  router.add("GET", "/orders/{order_number}", async (ctx) => {
    const order = await ownOrder(ctx);
    const now = Date.now();
    sendSuccess(ctx.res, "Order details", { order: renderOrderDetail(order, orders.payment(order, now), now) });
  });

  router.add("GET", "/orders/{order_number}/payment-status", async (ctx) => {
    const order = await ownOrder(ctx);
    sendSuccess(ctx.res, "Payment status", renderPaymentStatus(orders.payment(order)));
  });

  router.add("POST", "/orders/{order_number}/retry-payment", async (ctx) => {
    const order = await ownOrder(ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    const payment = orders.payment(order);
    if (payment.status === "success") {
      throw badRequest(`Order ${order.orderNumber} is already paid`, { order_number: "already paid" });
    }
    if (!payment.retryAvailable) {
      const open = order.payments.at(-1);
      const until = open ? ` (its page expires at ${new Date(open.expiresAt).toISOString()})` : "";
      throw badRequest(
        `A payment for order ${order.orderNumber} is still open${until}: finish it, or retry once it fails or expires`,
        { order_number: "payment in progress" },
      );
    }
    const attempt = orders.startPayment(order, readPaymentMethod(body.payment_method, payment.amountUnpaid));
    const content: RetryOrderPaymentContent = {
      payment_info: hyperCheckoutResponse(order, attempt, deps.publicOrigin),
    };
    sendSuccess(ctx.res, `A new payment for order ${order.orderNumber} is ready`, content);
  });
}
