/**
 * Demo mode only: the local demo API sends no e-mail, so it returns the sign-in code (debug mode) and this notice
 * shows it, marked as the demo's. With a real store the code only ever arrives by e-mail.
 */
export function DemoCodeNotice({ code }: { code: string }) {
  return (
    <aside
      aria-label="Demo store"
      className="rounded-card border-2 border-dashed border-marigold-500 bg-marigold-100 px-4 py-3 text-sm text-sand-900"
      data-testid="demo-code-notice"
    >
      <p className="font-semibold">Demo store: no email is sent</p>
      <p className="mt-1">
        Your code is{" "}
        <strong className="font-mono text-base tracking-[0.2em]" data-testid="demo-code">
          {code}
        </strong>
        . A real store emails it instead.
      </p>
    </aside>
  );
}
