/** The header's round account button: a link for guests, the menu's summary for a signed-in shopper. */
export const ACCOUNT_BUTTON =
  "inline-flex size-10 shrink-0 items-center justify-center rounded-full text-fg transition-colors hover:bg-subtle";
