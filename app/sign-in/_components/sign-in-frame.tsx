import type { ReactNode } from "react";

/** The sign-in pages' frame: a narrow column with a heading and a line of explanation. */
export function SignInFrame({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 pt-10 pb-20 sm:pt-16">
      <h1 className="font-display text-3xl font-semibold tracking-tight text-fg">{title}</h1>
      <div className="mt-2 leading-relaxed text-fg-muted">{intro}</div>
      <div className="mt-8">{children}</div>
    </div>
  );
}
