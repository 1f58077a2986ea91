import type { ConfigStatus } from "@/lib/config";

const ENV_VARS: { name: string; description: string; example: string; hint?: string }[] = [
  {
    name: "CE_STORE_ID",
    description: "Your store's ID, from the Commerce Engine dashboard. Without it the storefront runs in demo mode.",
    example: "01H…",
  },
  {
    name: "CE_API_KEY",
    description: "The store's Storefront API key. Required when CE_STORE_ID is set.",
    example: "your-storefront-api-key",
  },
  {
    name: "CE_ENVIRONMENT",
    description: "Which Commerce Engine environment to use: production (the default) or staging.",
    example: "production",
  },
  {
    name: "SESSION_SECRET",
    description: "A random string of at least 32 characters that seals the shopper's session cookie.",
    example: "<at least 32 random characters>",
    hint: "Generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"",
  },
];

/**
 * Shown instead of the store when the deployment is not configured (no store and no demo API here)
 * or a variable is wrong. It names variables and problems, never a secret's value.
 */
export function SetupPage({ status }: { status: Exclude<ConfigStatus, { kind: "ready" }> }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1 px-4 py-12 focus:outline-none sm:px-6 sm:py-20">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-[0.14em] text-brand uppercase">Storefront setup</p>
        <h1 className="mt-3 font-display text-[2rem] leading-tight font-semibold tracking-tight sm:text-5xl">
          {status.kind === "invalid" ? "A few settings need fixing" : "Connect your Commerce Engine store"}
        </h1>

        {status.kind === "invalid" ? (
          <div className="mt-8 rounded-card border border-clay-300 bg-brand-soft p-5" role="alert">
            <h2 className="font-semibold">The storefront could not start because:</h2>
            <ul className="mt-3 list-disc space-y-1.5 pl-5 text-sm">
              {status.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mt-6 text-lg leading-relaxed text-fg-muted">{status.reason}</p>
        )}

        <p className="mt-8 leading-relaxed text-fg-muted">
          Set these environment variables where the app is hosted (on Vercel: Project Settings → Environment Variables),
          then redeploy. Locally, put them in <code className="font-mono text-fg">.env.local</code>;{" "}
          <code className="font-mono text-fg">.env.example</code> lists them all.
        </p>

        <dl className="mt-6 divide-y divide-line overflow-hidden rounded-card border border-line bg-surface">
          {ENV_VARS.map((variable) => (
            <div key={variable.name} className="p-5">
              <dt className="font-mono text-sm font-semibold">{variable.name}</dt>
              <dd className="mt-1.5 text-sm leading-relaxed text-fg-muted">
                {variable.description}
                <span className="mt-2 block overflow-x-auto rounded-lg bg-subtle px-3 py-2 font-mono text-xs whitespace-nowrap text-fg">
                  {variable.name}={variable.example}
                </span>
                {variable.hint ? <span className="mt-2 block text-xs">{variable.hint}</span> : null}
              </dd>
            </div>
          ))}
        </dl>

        <div className="mt-8 rounded-card border border-line bg-subtle p-5 text-sm leading-relaxed text-fg-muted">
          <h2 className="font-semibold text-fg">Just trying it out?</h2>
          <p className="mt-1.5">
            Leave <code className="font-mono text-fg">CE_STORE_ID</code> unset and run{" "}
            <code className="font-mono text-fg">npm run dev</code> (or{" "}
            <code className="font-mono text-fg">npm start</code>
            ): the storefront starts a local demo API with a sample catalog beside it. That demo API is a long-running
            process, so it cannot run on serverless hosts like Vercel; deployed there, the storefront needs a real
            store.
          </p>
        </div>
      </div>
    </main>
  );
}
