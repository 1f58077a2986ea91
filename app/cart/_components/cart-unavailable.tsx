/** The API could not be reached: say so, keep the way back open. Nothing in the cart is lost. */
export function CartUnavailable() {
  return (
    <div role="alert" className="mt-8 rounded-card border border-line bg-surface px-6 py-10 text-center">
      <p className="font-display text-xl font-semibold text-fg">We can’t load your cart right now</p>
      <p className="mx-auto mt-2 max-w-md text-sm leading-relaxed text-fg-muted">
        The store is not answering. Your cart is safe: try again in a moment.
      </p>
      <a
        href="/cart"
        className="mt-6 inline-flex h-11 items-center rounded-full bg-brand px-6 text-sm font-semibold text-on-brand transition-colors hover:bg-brand-hover"
      >
        Try again
      </a>
    </div>
  );
}
