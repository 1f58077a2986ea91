import { toCartView } from "@/app/_lib/cart-view";
import { getCountryStates } from "@/lib/commerce/checkout";
import { addressValues, BILLING_PREFIX, BILLING_SAME } from "../_lib/address-form";
import { loadCheckoutStep } from "../_lib/load-checkout";
import { AddressForm } from "../_components/address-form";
import { CheckoutStep, CheckoutUnavailable } from "../_components/checkout-step";

export const instant = false;

/** Checkout step 2: where the order goes (and who it is billed to). */
export default async function AddressPage() {
  const state = await loadCheckoutStep("address");
  if (state === "unavailable" || !state.cart) return <CheckoutUnavailable retryHref="/checkout/address" />;
  const states = await getCountryStates("IN").catch((error: unknown) => {
    console.error(`[checkout] could not list states: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (!states) return <CheckoutUnavailable retryHref="/checkout/address" />;

  const { shipping_address: shipping, billing_address: billing } = state.cart;
  const sameBilling =
    !billing || !shipping || JSON.stringify(addressValues(shipping)) === JSON.stringify(addressValues(billing));
  const saved = {
    ...addressValues(shipping),
    ...(sameBilling ? {} : addressValues(billing, BILLING_PREFIX)),
    [BILLING_SAME]: sameBilling ? "on" : "",
  };
  return (
    <CheckoutStep
      title="Shipping address"
      cart={toCartView(state.cart)}
      shopper={state.shopper}
      intro={`We deliver across India. Signed in as ${state.shopper?.email ?? "you"}.`}
    >
      <AddressForm saved={saved} states={states.map((entry) => entry.name)} />
    </CheckoutStep>
  );
}
