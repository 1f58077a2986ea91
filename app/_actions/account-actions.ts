"use server";

import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { clearPendingSignIn } from "@/app/_lib/pending-sign-in";
import { signOut } from "@/lib/commerce/sign-in";

/**
 * Signs the shopper out (`POST /auth/logout`): the session continues as a new guest with an empty cart. Called from
 * the header's menu; posted without JavaScript, it answers with a redirect to the home page.
 */
export async function signOutAction(): Promise<void> {
  await signOut();
  await clearPendingSignIn();
  if (!(await headers()).has("next-action")) redirect("/", RedirectType.push);
}
