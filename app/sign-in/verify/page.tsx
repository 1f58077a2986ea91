import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CodeSentIntro, CodeStep } from "@/app/_components/sign-in/code-step";
import { readPendingSignIn } from "@/app/_lib/pending-sign-in";
import { signedInShopper } from "@/lib/commerce/sign-in";
import { SignInFrame } from "../_components/sign-in-frame";

export const metadata: Metadata = { title: "Check your email", robots: { index: false, follow: false } };
export const instant = false;

/** The code step of signing in from the header. Without a code on its way, back to the e-mail field. */
export default async function VerifySignInPage() {
  const pending = await readPendingSignIn();
  if (await signedInShopper()) redirect(pending?.next ?? "/account/orders");
  if (!pending || pending.flow !== "account") redirect("/sign-in");
  return (
    <SignInFrame title="Check your email" intro={<CodeSentIntro email={pending.email} />}>
      <CodeStep flow={pending.flow} demoCode={pending.demoCode} />
    </SignInFrame>
  );
}
