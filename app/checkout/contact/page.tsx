import Link from "next/link";
import { EmailForm } from "@/app/_components/sign-in/email-form";
import { toCartView } from "@/app/_lib/cart-view";
import { readPendingSignIn } from "@/app/_lib/pending-sign-in";
import { firstOpenStepPath } from "../_lib/checkout-steps";
import { loadCheckoutStep } from "../_lib/load-checkout";
import { CheckoutStep, CheckoutUnavailable } from "../_components/checkout-step";
import { PRIMARY_BUTTON_CLASS } from "@/app/_components/form/submit-button";

export const instant = false;

/**
 * Checkout step 1: who is buying. Commerce Engine takes orders from signed-in shoppers, so a guest signs in here with
 * a code sent by e-mail; the cart they filled as a guest stays theirs.
 */
export default async function ContactPage() {
  const state = await loadCheckoutStep("contact");
  if (state === "unavailable") return <CheckoutUnavailable retryHref="/checkout/contact" />;
  const cart = state.cart ? toCartView(state.cart) : null;

  if (state.shopper) {
    return (
      <CheckoutStep title="Contact" cart={cart} shopper={state.shopper}>
        <div className="max-w-md space-y-5">
          <p className="text-fg">
            You’re signed in as <strong data-testid="signed-in-email">{state.shopper.email}</strong>.
          </p>
          <Link href={firstOpenStepPath(state.progress)} className={PRIMARY_BUTTON_CLASS}>
            Continue
          </Link>
        </div>
      </CheckoutStep>
    );
  }

  const pending = await readPendingSignIn();
  return (
    <CheckoutStep
      title="Contact"
      cart={cart}
      shopper={null}
      intro={
        state.endedSignIn !== null ? (
          <p
            role="status"
            data-testid="session-ended"
            className="rounded-control border border-line bg-surface px-4 py-3 text-fg"
          >
            Your sign-in has expired, so we need to check it’s you again. Your cart is saved with your account
            {state.endedSignIn ? ` (${state.endedSignIn})` : ""}.
          </p>
        ) : (
          "Sign in with your email to check out. New here? The same code creates your account."
        )
      }
    >
      <div className="max-w-md">
        <EmailForm
          flow="checkout"
          email={pending?.flow === "checkout" ? pending.email : state.endedSignIn || undefined}
        />
      </div>
    </CheckoutStep>
  );
}
