import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailForm } from "@/app/_components/sign-in/email-form";
import { safeNextPath, SIGN_IN_PAGES } from "@/app/_lib/sign-in-flow";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { SignInFrame } from "./_components/sign-in-frame";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };
export const instant = false;

/** Sign in from the header (to see past orders), with a code sent by e-mail. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next, SIGN_IN_PAGES.account.after);
  if (await signedInShopper()) redirect(next);
  return (
    <SignInFrame
      title="Sign in"
      intro="We’ll email you a code: no password to remember. New here? The same code creates your account."
    >
      <EmailForm flow="account" next={next} />
    </SignInFrame>
  );
}
