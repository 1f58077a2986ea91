import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

const byName = (headers: { key: string; value: string }[]) =>
  Object.fromEntries(headers.map((header) => [header.key, header.value]));

describe("securityHeaders", () => {
  it("sends a strict policy in production, with HSTS", () => {
    const headers = byName(securityHeaders({ production: true, imageOrigins: ["https://cdn.example.com"] }));
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' data: blob: https://cdn.example.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("ws:");
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("lets checkout forms lead to the payment pages, and nowhere else", () => {
    const headers = byName(
      securityHeaders({ production: true, imageOrigins: [], paymentOrigins: ["https://*.juspay.in"] }),
    );
    expect(headers["Content-Security-Policy"]).toContain("form-action 'self' https://*.juspay.in;");
  });

  it("allows what development needs, and no HSTS on plain http", () => {
    const headers = byName(securityHeaders({ production: false, imageOrigins: [] }));
    expect(headers["Content-Security-Policy"]).toContain("'unsafe-eval'");
    expect(headers["Content-Security-Policy"]).toContain("connect-src 'self' ws: wss:");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });
});
