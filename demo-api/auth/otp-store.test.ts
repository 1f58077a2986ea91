import { describe, expect, it } from "vitest";
import { OTP_MAX_ATTEMPTS, OtpStore } from "./otp-store";

const T0 = 1_700_000_000_000;
const store = () => new OtpStore({ otpTtlSeconds: 600, otpResendCooldownSeconds: 30 });

function issued(otps: OtpStore, email: string, now = T0) {
  const result = otps.issue(email, "login", now);
  if (!result.ok) throw new Error("expected a code");
  return result;
}

describe("OtpStore", () => {
  it("issues six-digit codes behind distinct opaque tokens", () => {
    const otps = new OtpStore({ otpTtlSeconds: 600, otpResendCooldownSeconds: 0 });
    const a = issued(otps, "a@example.com");
    const b = issued(otps, "b@example.com");
    expect(a.code).toMatch(/^\d{6}$/);
    expect(a.otpToken).not.toBe(b.otpToken);
    expect(otps.verify(a.otpToken, a.code, "login", T0 + 1000)).toEqual({
      ok: true,
      email: "a@example.com",
      action: "login",
    });
    expect(otps.verify(a.otpToken, a.code, "login", T0 + 2000)).toEqual({ ok: false, reason: "unknown" });
  });

  it("holds back another code for the same address during the cooldown", () => {
    const otps = store();
    issued(otps, "a@example.com");
    expect(otps.issue("a@example.com", "login", T0 + 10_000)).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(otps.issue("b@example.com", "login", T0 + 10_000).ok).toBe(true);
    expect(otps.issue("a@example.com", "login", T0 + 30_000).ok).toBe(true);
  });

  it("lets only the latest code for an address work", () => {
    const otps = new OtpStore({ otpTtlSeconds: 600, otpResendCooldownSeconds: 0 });
    const first = issued(otps, "a@example.com");
    const second = issued(otps, "a@example.com", T0 + 1);
    expect(otps.verify(first.otpToken, first.code, "login", T0 + 2)).toEqual({ ok: false, reason: "unknown" });
    expect(otps.verify(second.otpToken, second.code, "login", T0 + 2).ok).toBe(true);
  });

  it("expires codes after their lifetime", () => {
    const otps = store();
    const { otpToken, code } = issued(otps, "a@example.com");
    expect(otps.verify(otpToken, code, "login", T0 + 600_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("counts wrong codes and gives up after the last attempt", () => {
    const otps = store();
    const { otpToken, code } = issued(otps, "a@example.com");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let left = OTP_MAX_ATTEMPTS - 1; left >= 0; left--) {
      expect(otps.verify(otpToken, wrong, "login", T0 + 1)).toEqual({
        ok: false,
        reason: "wrong-code",
        attemptsLeft: left,
      });
    }
    expect(otps.verify(otpToken, code, "login", T0 + 1)).toEqual({ ok: false, reason: "exhausted" });
  });

  it("refuses the right code under the wrong action without costing an attempt", () => {
    const otps = store();
    const { otpToken, code } = issued(otps, "a@example.com");
    expect(otps.verify(otpToken, code, "register", T0 + 1)).toEqual({
      ok: false,
      reason: "wrong-action",
      expected: "login",
    });
    expect(otps.verify(otpToken, code, "login", T0 + 1).ok).toBe(true);
  });
});
