import Link from "next/link";
import { toCartView } from "@/app/_lib/cart-view";
import { getDeliveryChoices } from "@/lib/commerce/checkout";
import { chosenValue, deliveryChoices } from "../_lib/delivery-choice";
import { loadCheckoutStep } from "../_lib/load-checkout";
import { CheckoutStep, CheckoutUnavailable } from "../_components/checkout-step";
import { DeliveryForm } from "../_components/delivery-form";

export const instant = false;

/** Checkout step 3: how the order reaches the shopper, from what the API offers for the cart and the PIN code. */
export default async function DeliveryPage() {
  const state = await loadCheckoutStep("delivery");
  const cart = state === "unavailable" ? null : state.cart;
  const pincode = cart?.shipping_address?.pincode;
  if (state === "unavailable" || !cart || !pincode) return <CheckoutUnavailable retryHref="/checkout/delivery" />;
  const loaded = await getDeliveryChoices(cart.id, pincode).catch((error: unknown) => {
    console.error(
      `[checkout] could not load delivery options: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  });
  if (!loaded) return <CheckoutUnavailable retryHref="/checkout/delivery" />;
  const choices = deliveryChoices(loaded.options, loaded.serviceable);
  const address = cart.shipping_address;
  return (
    <CheckoutStep
      title="Delivery"
      cart={toCartView(cart)}
      shopper={state.shopper}
      intro={
        <>
          To {address?.first_name}, {address?.city} {pincode}.{" "}
          <Link href="/checkout/address" className="font-semibold text-brand underline underline-offset-4">
            Change address
          </Link>
        </>
      }
    >
      {loaded.serviceable ? null : (
        <p
          role="status"
          className="mb-5 rounded-control border border-line bg-surface px-4 py-3 text-sm text-fg"
          data-testid="not-serviceable"
        >
          We can’t deliver to PIN code {pincode} yet.{" "}
          {choices.length > 0 ? "You can pick your order up from our store instead." : "Please use another address."}
        </p>
      )}
      {choices.length > 0 ? (
        <DeliveryForm
          choices={choices}
          chosen={chosenValue(cart.fulfillment_preference, choices)}
          currency={cart.currency.code}
        />
      ) : (
        <Link href="/checkout/address" className="font-semibold text-brand underline underline-offset-4">
          Use another address
        </Link>
      )}
    </CheckoutStep>
  );
}
