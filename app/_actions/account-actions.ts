"use server";

import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { clearPendingSignIn } from "@/app/_lib/pending-sign-in";
import { CommerceApiError } from "@/lib/commerce/client";
import { signOut } from "@/lib/commerce/sign-in";

export type SignOutResult = { ok: true } | { ok: false; message: string };

/**
 * Signs the shopper out (`POST /auth/logout`): the session continues as a new guest with an empty cart. Called from
 * the header's menu; posted without JavaScript, it answers with a redirect to the home page.
 */
export async function signOutAction(): Promise<SignOutResult> {
  let result: SignOutResult = { ok: true };
  try {
    await signOut();
    await clearPendingSignIn();
  } catch (error) {
    if (!(error instanceof CommerceApiError)) throw error;
    console.error(`[account] sign-out failed: ${error.message}`);
    result = { ok: false, message: "We couldn’t reach the store to sign you out. Please try again." };
  }
  if (!(await headers()).has("next-action")) redirect("/", RedirectType.push);
  return result;
}
