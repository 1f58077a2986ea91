import "server-only";
import type { Cart } from "@commercengine/storefront-sdk";
import { redirect, unstable_rethrow } from "next/navigation";
import { getActiveCart } from "@/lib/commerce/cart";
import { signedInShopper, type SignedInShopper } from "@/lib/commerce/sign-in";
import { getSession } from "@/lib/session";
import type { SessionData } from "@/lib/session-cookie";
import { redirectForStep, type CheckoutProgress, type CheckoutStep } from "./checkout-steps";

export interface CheckoutState {
  shopper: SignedInShopper | null;
  cart: Cart | null;
  /** The address a shopper had signed in with before their session ended, when it did ("" when unknown). */
  endedSignIn: string | null;
  progress: CheckoutProgress;
}

/**
 * Everything a checkout step needs, or "unavailable" when the API cannot be reached. A step that is not open yet
 * (an earlier one is not done) redirects to the first open one.
 */
export async function loadCheckoutStep(step: CheckoutStep): Promise<CheckoutState | "unavailable"> {
  const state = await loadCheckout();
  if (state === "unavailable") return state;
  const elsewhere = redirectForStep(step, state.progress);
  if (elsewhere) redirect(elsewhere);
  return state;
}

export async function loadCheckout(): Promise<CheckoutState | "unavailable"> {
  const { data } = await getSession();
  if (!data) return "unavailable";
  const shopper = await signedInShopper();
  let cart: Cart | null;
  try {
    cart = await getActiveCart();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[checkout] could not load the cart: ${error instanceof Error ? error.message : String(error)}`);
    return "unavailable";
  }
  return {
    shopper,
    cart,
    endedSignIn: recentlyEnded(data),
    progress: { ...progressOf(shopper, cart), placedOrder: data.placedOrder ?? null },
  };
}

/** A sign-in that ended within the hour: checkout explains it (an older one is none of this visitor's business). */
const ENDED_SIGN_IN_NOTICE_MS = 60 * 60 * 1000;

function recentlyEnded(data: SessionData): string | null {
  if (data.endedSignIn === undefined || data.endedSignInAt === undefined) return null;
  return Date.now() - data.endedSignInAt < ENDED_SIGN_IN_NOTICE_MS ? data.endedSignIn : null;
}

function progressOf(shopper: SignedInShopper | null, cart: Cart | null): CheckoutProgress {
  const preference = cart?.fulfillment_preference;
  return {
    signedIn: shopper !== null,
    hasItems: (cart?.cart_items.length ?? 0) > 0,
    hasAddress: Boolean(cart?.shipping_address && cart.billing_address),
    // A preference the API chose by itself ("auto") is not the shopper's choice yet.
    hasDelivery: Boolean(preference && preference.preference_type !== "auto"),
  };
}
