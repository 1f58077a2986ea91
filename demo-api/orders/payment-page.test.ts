import { describe, expect, it } from "vitest";
import { formatRupees, renderPaymentPage } from "./payment-page";

const order = { storeName: "Aurora Goods", orderNumber: "AG-100001", amount: 123456 };

describe("formatRupees", () => {
  it("groups digits the Indian way and shows paise only when there are some", () => {
    expect(formatRupees(123456)).toBe("₹1,23,456");
    expect(formatRupees(548)).toBe("₹548");
    expect(formatRupees(1947.5)).toBe("₹1,947.50");
  });
});

describe("renderPaymentPage", () => {
  it("offers both outcomes in one plain form, with the amount on the pay button", () => {
    const html = renderPaymentPage({ kind: "open", order });
    expect(html).toContain('<form method="post">');
    expect(html).toContain('name="outcome" value="success" class="pay">Pay ₹1,23,456</button>');
    expect(html).toContain('name="outcome" value="failure" class="fail">Simulate a failed payment</button>');
    expect(html).toContain("Demo payment page — no money moves");
    expect(html).not.toMatch(/<script|<link|<img/);
  });

  it("escapes what it shows and where it links", () => {
    const html = renderPaymentPage({
      kind: "settled",
      order: { ...order, storeName: "<Shop & Co>" },
      outcome: "success",
      backUrl: 'https://shop.example/return?a=1&b="2"',
    });
    expect(html).toContain("&lt;Shop &amp; Co&gt;");
    expect(html).not.toContain("<Shop & Co>");
    expect(html).toContain('href="https://shop.example/return?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain("This payment is already complete");
    expect(html).not.toContain("<form");
  });

  it("has no link back when the payment is unknown", () => {
    const html = renderPaymentPage({ kind: "not-found", storeName: "Aurora Goods" });
    expect(html).toContain("<h1>Payment not found</h1>");
    expect(html).not.toContain("<a ");
  });
});
