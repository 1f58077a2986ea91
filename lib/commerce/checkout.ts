import "server-only";
import type {
  Cart,
  CountryState,
  CustomerAddressInput,
  GetFulfillmentOptionsContent,
  Order,
  UpdateFulfillmentPreferenceBody,
} from "@commercengine/storefront-sdk";
import { cacheLife, cacheTag } from "next/cache";
import { getSession } from "../session";
import { STORE_TAG } from "./cache-tags";
import { CommerceApiError, publicApi, shopperApi, unwrap } from "./client";
import { withShopperLock } from "./shopper-lock";

/**
 * The checkout's calls after sign-in: the cart's addresses, how it reaches the shopper, and the order. Changes to
 * the cart run under the shopper's lock, like every other cart change.
 */

/** An address as the API takes it (without the ids and flags it adds). */
export type AddressInput = NonNullable<CustomerAddressInput>;

/** The states of a country (`GET /common/countries/{iso}/states`), for the address form; the same for everyone. */
export async function getCountryStates(countryIso: string): Promise<CountryState[]> {
  "use cache";
  cacheLife("days");
  cacheTag(STORE_TAG);
  return unwrap(await publicApi().helpers.listCountryStates({ country_iso_code: countryIso }))?.states ?? [];
}

export function saveCartAddresses(cartId: string, shipping: AddressInput, billing: AddressInput): Promise<Cart> {
  return withShopper(async (api) => {
    const content = unwrap(
      await api.cart.updateCartAddress({ id: cartId }, { shipping_address: shipping, billing_address: billing }),
    );
    return content.cart;
  });
}

export interface DeliveryChoices {
  /** Whether the shipping address's postal code can be delivered to at all. */
  serviceable: boolean;
  options: GetFulfillmentOptionsContent;
}

/** Serviceability of the cart's delivery postal code, and the ways the cart can reach the shopper. */
export async function getDeliveryChoices(cartId: string, pincode: string): Promise<DeliveryChoices> {
  const api = await shopperClient();
  const [check, options] = await Promise.all([
    api.cart.checkPincodeDeliverability({ cart_id: cartId, delivery_pincode: pincode }),
    api.cart.getFulfillmentOptions({ cart_id: cartId }),
  ]);
  return { serviceable: unwrap(check).is_serviceable, options: unwrap(options) };
}

export function saveFulfillmentPreference(cartId: string, preference: UpdateFulfillmentPreferenceBody): Promise<Cart> {
  return withShopper(async (api) => {
    const content = unwrap(await api.cart.updateFulfillmentPreference({ id: cartId }, preference));
    if (!content.cart) throw new CommerceApiError("The store did not answer with the cart.", 200, null);
    return content.cart;
  });
}

/** The payment provider set up for the store in Commerce Engine; JusPay's hosted page is the default. */
const PAYMENT_PROVIDER_SLUG = "juspay";

export interface PlacedOrder {
  order: Order;
  /** Where to send the shopper to pay; null when there is nothing to pay. */
  paymentUrl: string | null;
}

/**
 * `POST /orders` for the cart. When something is to be paid, the API opens a payment on JusPay's hosted checkout,
 * which sends the shopper back to `returnUrl` afterwards. The cart becomes the order, so the session forgets it.
 */
export function placeOrder(cart: Cart, returnUrl: string): Promise<PlacedOrder> {
  return withShopper(async (api, cartBecameOrder) => {
    const content = unwrap(
      await api.order.createOrder({
        cart_id: cart.id,
        ...(cart.to_be_paid > 0
          ? {
              payment_method: {
                payment_provider_slug: PAYMENT_PROVIDER_SLUG,
                integration_type: "hyper-checkout",
                return_url: returnUrl,
                action: "paymentPage",
              },
            }
          : {}),
      }),
    );
    await cartBecameOrder(content.order.order_number ?? null);
    // The order exists now: a missing payment page is not a failed order (its page offers to pay again).
    const paymentUrl = content.payment_required ? paymentLinkOrNull(content.payment_info) : null;
    if (content.payment_required && !paymentUrl) {
      console.error(`[checkout] order ${content.order.order_number} came without a payment page`);
    }
    return { order: content.order, paymentUrl };
  });
}

/** A new payment for an order whose payment failed or expired (`POST /orders/{n}/retry-payment`). */
export async function retryOrderPayment(orderNumber: string, returnUrl: string): Promise<string> {
  const api = await shopperClient();
  const content = unwrap(
    await api.order.retryOrderPayment(
      { order_number: orderNumber },
      {
        payment_method: {
          payment_provider_slug: PAYMENT_PROVIDER_SLUG,
          integration_type: "hyper-checkout",
          return_url: returnUrl,
          action: "paymentPage",
        },
      },
    ),
  );
  const url = paymentLinkOrNull(content.payment_info);
  if (!url) throw new CommerceApiError("The store did not answer with a payment page.", 200, null);
  return url;
}

/** The hosted payment page's address in a payment answer, or null when it has none. */
function paymentLinkOrNull(info: unknown): string | null {
  const web = (info as { payment_links?: { web?: unknown } } | null)?.payment_links?.web;
  return typeof web === "string" && /^https?:\/\//.test(web) ? web : null;
}

type ShopperClient = ReturnType<typeof shopperApi>;

const noSession = () => new CommerceApiError("The store could not be reached.", null, null);

async function shopperClient(): Promise<ShopperClient> {
  const { data } = await getSession();
  if (!data) throw noSession();
  return shopperApi(data.accessToken);
}

/** Runs a cart change under the shopper's lock; the second argument records that the cart became an order. */
async function withShopper<T>(
  change: (api: ShopperClient, cartBecameOrder: (orderNumber: string | null) => Promise<void>) => Promise<T>,
): Promise<T> {
  const session = await getSession();
  const data = session.data;
  if (!data) throw noSession();
  return withShopperLock(data.userId, () =>
    change(shopperApi(data.accessToken), async (orderNumber) => {
      const { cartId: _placed, placedOrder: _earlier, ...rest } = data;
      await session.save(orderNumber ? { ...rest, placedOrder: orderNumber } : rest);
    }),
  );
}
