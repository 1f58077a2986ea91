import { redirect } from "next/navigation";
import { CodeSentIntro, CodeStep } from "@/app/_components/sign-in/code-step";
import { toCartView } from "@/app/_lib/cart-view";
import { readPendingSignIn } from "@/app/_lib/pending-sign-in";
import { loadCheckoutStep } from "../_lib/load-checkout";
import { CheckoutStep, CheckoutUnavailable } from "../_components/checkout-step";

export const instant = false;

/** Checkout step 1, continued: the code from the e-mail. Without a code on its way, back to the address field. */
export default async function VerifyPage() {
  const state = await loadCheckoutStep("contact");
  if (state === "unavailable") return <CheckoutUnavailable retryHref="/checkout/verify" />;
  if (state.shopper) redirect("/checkout");
  const pending = await readPendingSignIn();
  if (!pending || pending.flow !== "checkout") redirect("/checkout/contact");
  return (
    <CheckoutStep
      title="Check your email"
      cart={state.cart ? toCartView(state.cart) : null}
      shopper={null}
      intro={<CodeSentIntro email={pending.email} />}
    >
      <CodeStep flow={pending.flow} demoCode={pending.demoCode} />
    </CheckoutStep>
  );
}
