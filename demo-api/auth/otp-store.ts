import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** How long a code lives and how soon another may be sent to the same address; `/__demo/settings` changes them. */
export interface OtpPolicy {
  otpTtlSeconds: number;
  otpResendCooldownSeconds: number;
}

/** Wrong codes an `otp_token` survives; the fifth wrong one kills it. */
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_DIGITS = 6;

/** The `otp_action`s this demo issues: `login` for an existing account, `register` for a new address. */
export type OtpAction = "login" | "register";

interface PendingCode {
  email: string;
  action: OtpAction;
  code: string;
  expiresAt: number;
  attemptsLeft: number;
}

export type IssueResult = { ok: true; otpToken: string; code: string } | { ok: false; retryAfterSeconds: number };

export type VerifyResult =
  | { ok: true; email: string; action: OtpAction }
  | { ok: false; reason: "unknown" | "expired" | "exhausted" }
  | { ok: false; reason: "wrong-action"; expected: OtpAction }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number };

/** One-time sign-in codes, each behind an opaque `otp_token`. Only the latest code sent to an address works. */
export class OtpStore {
  private readonly pending = new Map<string, PendingCode>();
  private readonly lastSentAt = new Map<string, number>();
  private current: OtpPolicy;

  constructor(private readonly initial: OtpPolicy) {
    this.current = initial;
  }

  get policy(): OtpPolicy {
    return { ...this.current };
  }

  configure(policy: Partial<OtpPolicy> | "initial"): void {
    this.current = policy === "initial" ? this.initial : { ...this.current, ...policy };
  }

  /** A new code for this address, replacing any earlier one; or how long to wait when one was sent moments ago. */
  issue(email: string, action: OtpAction, now = Date.now()): IssueResult {
    this.prune(now);
    const cooldownMs = this.current.otpResendCooldownSeconds * 1000;
    const sentAt = this.lastSentAt.get(email);
    if (sentAt !== undefined && now - sentAt < cooldownMs) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((sentAt + cooldownMs - now) / 1000)) };
    }
    for (const [token, pending] of this.pending) if (pending.email === email) this.pending.delete(token);
    const otpToken = randomBytes(24).toString("base64url");
    const code = String(randomInt(0, 10 ** OTP_DIGITS)).padStart(OTP_DIGITS, "0");
    this.pending.set(otpToken, {
      email,
      action,
      code,
      expiresAt: now + this.current.otpTtlSeconds * 1000,
      attemptsLeft: OTP_MAX_ATTEMPTS,
    });
    this.lastSentAt.set(email, now);
    return { ok: true, otpToken, code };
  }

  /** Checks a code; a right one is used up, a wrong one costs an attempt. */
  verify(otpToken: string, code: string, action: string, now = Date.now()): VerifyResult {
    const pending = this.pending.get(otpToken);
    if (!pending) return { ok: false, reason: "unknown" };
    if (now >= pending.expiresAt) {
      this.pending.delete(otpToken);
      return { ok: false, reason: "expired" };
    }
    if (pending.attemptsLeft <= 0) return { ok: false, reason: "exhausted" };
    if (action !== pending.action) return { ok: false, reason: "wrong-action", expected: pending.action };
    if (!sameCode(code, pending.code)) {
      pending.attemptsLeft -= 1;
      return { ok: false, reason: "wrong-code", attemptsLeft: pending.attemptsLeft };
    }
    this.pending.delete(otpToken);
    return { ok: true, email: pending.email, action: pending.action };
  }

  /** Forgets expired codes and cooldowns that have run out, so the maps do not grow without end. */
  private prune(now: number): void {
    for (const [token, pending] of this.pending) if (now >= pending.expiresAt) this.pending.delete(token);
    const cooldownMs = this.current.otpResendCooldownSeconds * 1000;
    for (const [email, sentAt] of this.lastSentAt) if (now - sentAt >= cooldownMs) this.lastSentAt.delete(email);
  }
}

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given.trim());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
