import { describe, expect, it } from "vitest";
import { paymentOrigins } from "./payment-hosts";

describe("paymentOrigins", () => {
  it("allows JusPay's hosted checkout for a real store, plus configured hosts", () => {
    expect(paymentOrigins({ CE_STORE_ID: "store", CE_PAYMENT_HOSTS: "pay.example.com, " })).toEqual([
      "https://*.juspay.in",
      "https://pay.example.com",
    ]);
  });

  it("refuses a value that is not a host name, rather than writing it into the policy", () => {
    expect(() => paymentOrigins({ CE_STORE_ID: "store", CE_PAYMENT_HOSTS: "x; script-src *" })).toThrow(
      /CE_PAYMENT_HOSTS/,
    );
    expect(() => paymentOrigins({ CE_STORE_ID: "store", CE_PAYMENT_HOSTS: "https://pay.example.com" })).toThrow();
  });

  it("allows the demo API's simulated payment page in demo mode", () => {
    expect(paymentOrigins({ DEMO_API_PORT: "4110" })).toEqual(["http://127.0.0.1:4110"]);
    expect(paymentOrigins({ DEMO_API_PUBLIC_URL: "https://demo.example.com/base" })).toEqual([
      "http://127.0.0.1:4010",
      "https://demo.example.com",
    ]);
  });
});
