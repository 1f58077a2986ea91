import { escapeHtml } from "../http/html";

/** What the simulated payment page shows: the shop, the order and what it costs. */
export interface PaymentPageOrder {
  storeName: string;
  orderNumber: string;
  amount: number;
}

export type PaymentPageView =
  | { kind: "open"; order: PaymentPageOrder; problem?: string }
  | { kind: "settled"; order: PaymentPageOrder; outcome: "success" | "failed"; backUrl: string }
  | { kind: "expired"; order: PaymentPageOrder; backUrl: string }
  | { kind: "not-found"; storeName: string };

/** ₹ with Indian digit grouping ("₹1,23,456"); paise only when there are some. */
export function formatRupees(amount: number): string {
  return new Intl.NumberFormat("en-IN", {
    style: "currency",
    currency: "INR",
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/**
 * The demo's stand-in for JusPay's hosted checkout: a small page that works without scripts, where the shopper
 * chooses whether the payment succeeds or fails.
 */
export function renderPaymentPage(view: PaymentPageView): string {
  switch (view.kind) {
    case "open": {
      const amount = formatRupees(view.order.amount);
      return page(view.order.storeName, "Complete your payment", [
        summary(view.order),
        view.problem ? `<p class="problem" role="alert">${escapeHtml(view.problem)}</p>` : "",
        `<form method="post">
      <button type="submit" name="outcome" value="success" class="pay">Pay ${escapeHtml(amount)}</button>
      <button type="submit" name="outcome" value="failure" class="fail">Simulate a failed payment</button>
    </form>`,
      ]);
    }
    case "settled":
      return page(
        view.order.storeName,
        view.outcome === "success" ? "This payment is already complete" : "This payment has already failed",
        [
          summary(view.order),
          `<p>${view.outcome === "success" ? "Nothing more is owed for this order." : "No money was taken. You can try again from the store."}</p>`,
          backLink(view.order.storeName, view.backUrl),
        ],
      );
    case "expired":
      return page(view.order.storeName, "This payment page has expired", [
        summary(view.order),
        "<p>The payment was not made and no money was taken. Go back to the store to try again.</p>",
        backLink(view.order.storeName, view.backUrl),
      ]);
    case "not-found":
      return page(view.storeName, "Payment not found", [
        "<p>This payment link is not valid. Start the payment again from the store’s checkout.</p>",
      ]);
  }
}

function summary(order: PaymentPageOrder): string {
  return `<dl>
      <div><dt>Order</dt><dd>${escapeHtml(order.orderNumber)}</dd></div>
      <div><dt>Amount</dt><dd class="amount">${escapeHtml(formatRupees(order.amount))}</dd></div>
    </dl>`;
}

function backLink(storeName: string, url: string): string {
  return `<a class="back" href="${escapeHtml(url)}">Back to ${escapeHtml(storeName)}</a>`;
}

function page(storeName: string, heading: string, parts: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${escapeHtml(heading)} · ${escapeHtml(storeName)} (demo payment)</title>
  <style>${STYLES}</style>
</head>
<body>
  <main>
    <p class="notice"><strong>Demo payment page — no money moves.</strong> It stands in for the payment provider’s checkout so the order flow can be tried end to end.</p>
    <p class="merchant">${escapeHtml(storeName)}</p>
    <h1>${escapeHtml(heading)}</h1>
    ${parts.filter(Boolean).join("\n    ")}
  </main>
</body>
</html>
`;
}

/** Colours keep at least 7:1 contrast against their backgrounds. */
const STYLES = `
    :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    *, *::before, *::after { box-sizing: border-box; }
    body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 1.5rem; background: #f5f3ee; color: #1c1917; }
    main { width: 100%; max-width: 27rem; padding: 2rem; border-radius: 1rem; background: #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 0.08), 0 12px 32px rgb(0 0 0 / 0.06); }
    p { margin: 0 0 1.25rem; line-height: 1.5; }
    .notice { padding: 0.75rem 1rem; border: 1px solid #d97706; border-radius: 0.5rem; background: #fef3c7; color: #713f12; font-size: 0.875rem; }
    .merchant { margin: 0; color: #57534e; font-size: 0.8125rem; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
    h1 { margin: 0.25rem 0 1.25rem; font-size: 1.5rem; line-height: 1.25; }
    dl { margin: 0 0 1.5rem; border-top: 1px solid #e7e5e4; }
    dl div { display: flex; justify-content: space-between; gap: 1rem; padding: 0.75rem 0; border-bottom: 1px solid #e7e5e4; }
    dt { color: #57534e; }
    dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
    .amount { font-size: 1.25rem; }
    form { display: grid; gap: 0.75rem; }
    button, .back { display: block; width: 100%; min-height: 3rem; padding: 0.75rem 1rem; border-radius: 999px; font: inherit; font-weight: 600; text-align: center; text-decoration: none; cursor: pointer; }
    .pay { border: 2px solid #14532d; background: #14532d; color: #fff; }
    .pay:hover { border-color: #166534; background: #166534; }
    .fail { border: 2px solid #78716c; background: #fff; color: #1c1917; }
    .fail:hover { border-color: #1c1917; }
    .back { border: 2px solid #1c1917; background: #1c1917; color: #fff; }
    button:focus-visible, a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 3px; }
    .problem { padding: 0.75rem 1rem; border-radius: 0.5rem; background: #fef2f2; color: #991b1b; }
  `;
