"use server";

import { redirect } from "next/navigation";
import { formDone, formError, textField, type FormState } from "@/app/_lib/form-state";
import { clearPendingSignIn, readPendingSignIn, savePendingSignIn } from "@/app/_lib/pending-sign-in";
import { resendWaitSeconds, signInErrorMessage } from "@/app/_lib/sign-in-errors";
import { codeProblem, emailProblem, readSignInFlow, safeNextPath, SIGN_IN_PAGES } from "@/app/_lib/sign-in-flow";
import { firstOpenStepPath } from "@/app/checkout/_lib/checkout-steps";
import { loadCheckout } from "@/app/checkout/_lib/load-checkout";
import { CommerceApiError } from "@/lib/commerce/client";
import { sendSignInCode, verifySignInCode } from "@/lib/commerce/sign-in";

/**
 * Signing in with a code sent by e-mail: send the code, check it, or send another. Each answers its form in place
 * (what was wrong, next to the field) or moves on with a redirect, with or without JavaScript.
 */

export async function sendCodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const flow = readSignInFlow(form.get("flow"));
  const next = safeNextPath(form.get("next"), SIGN_IN_PAGES[flow].after);
  const email = textField(form, "email");
  const problem = emailProblem(email);
  if (problem) return formError(problem, { fieldErrors: { email: problem }, values: { email } });
  try {
    await savePendingSignIn(await sendSignInCode(email), flow, next);
  } catch (error) {
    return formError(refusal(error), { values: { email } });
  }
  redirect(SIGN_IN_PAGES[flow].code);
}

export async function verifyCodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const pending = await readPendingSignIn();
  if (!pending) return formError("Your code has expired. Go back and send yourself a new one.");
  const code = textField(form, "code").replace(/\s+/g, "");
  const problem = codeProblem(code);
  if (problem) return formError(problem, { fieldErrors: { code: problem }, values: { code } });
  try {
    await verifySignInCode(pending, code);
  } catch (error) {
    const message = refusal(error);
    return formError(message, { fieldErrors: { code: message }, values: { code } });
  }
  await clearPendingSignIn();
  redirect(pending.flow === "checkout" ? await firstCheckoutStep() : pending.next);
}

/** The checkout step to continue with, now that the shopper is signed in (and their cart may have been merged). */
async function firstCheckoutStep(): Promise<string> {
  const state = await loadCheckout();
  return state === "unavailable" ? SIGN_IN_PAGES.checkout.after : firstOpenStepPath(state.progress);
}

export async function resendCodeAction(): Promise<FormState> {
  const pending = await readPendingSignIn();
  if (!pending) return formError("Your code has expired. Go back and send yourself a new one.");
  try {
    await savePendingSignIn(await sendSignInCode(pending.email), pending.flow, pending.next);
  } catch (error) {
    const waitSeconds = error instanceof CommerceApiError ? resendWaitSeconds(error) : null;
    return formError(refusal(error), waitSeconds ? { waitSeconds } : {});
  }
  return formDone(`We sent a new code to ${pending.email}.`);
}

function refusal(error: unknown): string {
  if (!(error instanceof CommerceApiError)) throw error;
  if (error.status === null || error.status >= 500) console.error(`[sign-in] ${error.message}`);
  return signInErrorMessage(error);
}
