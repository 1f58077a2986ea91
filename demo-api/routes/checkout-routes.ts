import type { CheckFulfillmentContent } from "@commercengine/storefront-sdk";
import { ulid } from "../auth/ulid";
import type { CartAddress } from "../carts/cart-store";
import { checkAddress, summarizeFieldErrors, type CheckedAddress } from "../checkout/address-validation";
import { buildFulfillmentOptions } from "../checkout/fulfillment-options";
import { readFulfillmentChoice } from "../checkout/fulfillment-choice";
import { INDIAN_STATES } from "../checkout/indian-states";
import { isDeliverablePincode, isPincode, PINCODE_RULE } from "../checkout/serviceability";
import { toUnserviceableItem } from "../checkout/shipment-items";
import { SHIPPING_METHODS } from "../checkout/shipping-methods";
import { expectObject, readJsonBody } from "../http/body";
import { ApiError, badRequest, notFound, sendSuccess } from "../http/envelope";
import type { Router } from "../http/router";
import { findOwnCart, readCartId, requireApiKey, requireShopper, type DemoApiDeps } from "./context";

/**
 * What checkout needs before the order: states for the address form, the cart's addresses, whether a pincode is
 * served, the ways the order can be fulfilled and the shopper's choice among them.
 */
export function registerCheckoutRoutes(router: Router, deps: DemoApiDeps): void {
  const { carts } = deps;

  // The SDK sends only the API key here, from its public and session clients alike.
  router.add("GET", "/common/countries/{country_iso_code}/states", (ctx) => {
    requireApiKey(deps, ctx);
    const country = (ctx.params.country_iso_code ?? "").trim().toUpperCase();
    if (country !== "IN") {
      throw notFound(`The demo store ships within India only, so it lists no states for ${country.slice(0, 10)}`);
    }
    sendSuccess(ctx.res, "States", { states: INDIAN_STATES });
  });

  router.add("POST", "/carts/{id}/address", async (ctx) => {
    const cart = findOwnCart(deps, await requireShopper(deps, ctx), ctx.params.id ?? "");
    const body = expectObject(await readJsonBody(ctx.req));
    if (body.billing_address_id !== undefined || body.shipping_address_id !== undefined) {
      throw badRequest(
        "The demo store keeps no address book, so saved address ids mean nothing here: send billing_address and shipping_address in full",
        { billing_address_id: "not supported", shipping_address_id: "not supported" },
      );
    }
    const shipping = checkAddress(body.shipping_address, "shipping_address");
    const billing = checkAddress(body.billing_address, "billing_address");
    if (!shipping.ok || !billing.ok) {
      const errors = { ...(shipping.ok ? {} : shipping.errors), ...(billing.ok ? {} : billing.errors) };
      throw new ApiError(400, "validation_error", summarizeFieldErrors(errors), errors);
    }
    carts.setAddresses(cart, { shipping: withId(shipping.address), billing: withId(billing.address) });
    sendSuccess(ctx.res, "Address updated", { cart: carts.render(cart) });
  });

  router.add("POST", "/fulfillment/serviceability", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    const cart = findOwnCart(deps, shopper, readCartId(body));
    const fulfillmentType = readFulfillmentType(body.fulfillment_type);
    const pincode = readDeliveryPincode(body.delivery_pincode);
    // A null pincode asks about collecting in store, which every cart can do.
    if (pincode === null || fulfillmentType === "collect-in-store") {
      const content: CheckFulfillmentContent = { is_serviceable: true, unserviceable_items: [] };
      return sendSuccess(ctx.res, "Collect in store is available", content);
    }
    const serviceable = isDeliverablePincode(pincode);
    const content: CheckFulfillmentContent = {
      is_serviceable: serviceable,
      unserviceable_items: serviceable ? [] : carts.render(cart).cart_items.map(toUnserviceableItem),
    };
    sendSuccess(ctx.res, serviceable ? `We deliver to ${pincode}` : `We cannot deliver to ${pincode}`, content);
  });

  router.add("POST", "/carts/fulfillment-options", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    const cart = findOwnCart(deps, shopper, readCartId(body));
    const fulfillmentType = readFulfillmentType(body.fulfillment_type);
    if (cart.lines.length === 0)
      throw badRequest("The cart is empty: there is nothing to fulfil", { cart_id: "empty" });
    if (fulfillmentType !== "collect-in-store" && !cart.shippingAddress) {
      throw badRequest("Add a shipping address to the cart first: delivery options depend on its pincode", {
        shipping_address: "required",
      });
    }
    const quote = (methodId: keyof typeof SHIPPING_METHODS) =>
      carts.totals(cart, { type: "delivery", methodId }).shippingAmountIncludingTax;
    const options = buildFulfillmentOptions({
      items: carts.render(cart).cart_items,
      pincode: cart.shippingAddress?.pincode ?? null,
      shippingAmounts: { standard: quote("standard"), express: quote("express") },
      only: fulfillmentType,
    });
    sendSuccess(ctx.res, "Fulfillment options", options);
  });

  router.add("POST", "/carts/{id}/fulfillment-preference", async (ctx) => {
    const cart = findOwnCart(deps, await requireShopper(deps, ctx), ctx.params.id ?? "");
    const choice = readFulfillmentChoice(expectObject(await readJsonBody(ctx.req)));
    if (choice.type === "delivery") {
      if (!cart.shippingAddress) {
        throw badRequest("Add a shipping address before choosing delivery: the order needs somewhere to go", {
          shipping_address: "required",
        });
      }
      const { pincode } = cart.shippingAddress;
      if (!isDeliverablePincode(pincode)) {
        throw badRequest(`We cannot deliver to pincode ${pincode}: choose Collect in store or another address`, {
          "shipping_address.pincode": "not serviceable",
        });
      }
    }
    carts.setFulfillment(cart, choice);
    sendSuccess(ctx.res, "Fulfillment preference updated", { cart: carts.render(cart) });
  });
}

function withId(address: CheckedAddress): CartAddress {
  return { id: `addr_${ulid()}`, ...address };
}

function readFulfillmentType(value: unknown): "delivery" | "collect-in-store" | null {
  if (value === undefined || value === null) return null;
  if (value === "delivery" || value === "collect-in-store") return value;
  throw badRequest('fulfillment_type must be "delivery" or "collect-in-store"', { fulfillment_type: "invalid" });
}

function readDeliveryPincode(value: unknown): string | null {
  if (value === null) return null;
  const pincode = typeof value === "string" ? value.trim() : "";
  if (!isPincode(pincode)) {
    throw badRequest(`delivery_pincode must be ${PINCODE_RULE}`, { delivery_pincode: "invalid" });
  }
  return pincode;
}
