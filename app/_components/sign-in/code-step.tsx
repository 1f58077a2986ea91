import Link from "next/link";
import { SIGN_IN_PAGES, type SignInFlow } from "@/app/_lib/sign-in-flow";
import { CodeForm } from "./code-form";
import { DemoCodeNotice } from "./demo-code-notice";
import { ResendCodeForm } from "./resend-code-form";

/** The code step of signing in: where the code went, the field for it, a new code, or another address. */
export function CodeStep({ flow, demoCode }: { flow: SignInFlow; demoCode: string | null }) {
  return (
    <div className="max-w-md space-y-6">
      {demoCode ? <DemoCodeNotice code={demoCode} /> : null}
      <CodeForm />
      <div className="space-y-2 border-t border-line pt-5">
        <ResendCodeForm />
        <p className="text-sm text-fg-muted">
          Wrong address?{" "}
          <Link href={SIGN_IN_PAGES[flow].email} className="font-semibold text-brand underline underline-offset-4">
            Use a different email
          </Link>
        </p>
      </div>
    </div>
  );
}

/** The code step's line of explanation: where the code went and how long it works. */
export function CodeSentIntro({ email }: { email: string }) {
  return (
    <>
      We sent a 6-digit code to{" "}
      <strong className="text-fg" data-testid="code-sent-to">
        {email}
      </strong>
      . It works for 10 minutes.
    </>
  );
}
