import type { LoginWithEmailContent, VerifyOtpContent } from "@commercengine/storefront-sdk";
import type { IncomingMessage } from "node:http";
import { readEmail } from "../auth/email-address";
import { OTP_MAX_ATTEMPTS, type OtpAction, type VerifyResult } from "../auth/otp-store";
import { accountToUser } from "../auth/wire-user";
import { carryOverGuestCart } from "../carts/cart-carry-over";
import { expectObject, readJsonBody } from "../http/body";
import { ApiError, badRequest, notFound, sendSuccess } from "../http/envelope";
import type { Router } from "../http/router";
import { requireShopper, type DemoApiDeps } from "./context";

/** The `otp_action`s the SDK's `VerifyOtpBody` allows; the demo only ever issues `login` and `register`. */
const OTP_ACTIONS = [
  "login",
  "register",
  "reset-password",
  "verify-phone",
  "verify-email",
  "update-phone",
  "update-email",
] as const;

/**
 * E-mail sign-in with a one-time code, as Commerce Engine does it:
 *   POST /auth/login/email  {email, register_if_not_exists?}  → {otp_token, otp_action} (+ `otp` in debug mode)
 *   POST /auth/verify-otp   {otp, otp_token, otp_action}      → {user, access_token, refresh_token}, signed in
 * Both carry the shopper's current (guest) access token as Bearer, as the SDK's session client sends it.
 */
export function registerSignInRoutes(router: Router, deps: DemoApiDeps): void {
  const { sessions, otps } = deps;

  router.add("POST", "/auth/login/email", async (ctx) => {
    await requireShopper(deps, ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    const email = readEmail(body.email);
    const register = readOptionalBoolean(body.register_if_not_exists, "register_if_not_exists");
    const account = sessions.accounts.findByEmail(email);
    if (!account && !register) {
      throw notFound(`No account is registered with ${email}; pass register_if_not_exists: true to sign up with it`);
    }
    // A new address gets a `register` code; its account is created once the code proves the address is theirs,
    // so a mistyped address never leaves an account behind. (The SDK does not say when the real API creates it.)
    const action: OtpAction = account ? "login" : "register";
    const issued = otps.issue(email, action);
    if (!issued.ok) {
      ctx.res.setHeader("Retry-After", String(issued.retryAfterSeconds));
      throw new ApiError(
        429,
        "too_many_requests",
        `A code was sent to ${email} moments ago; wait ${issued.retryAfterSeconds} seconds before asking for another`,
      );
    }
    // The demo sends no e-mail: it prints the code where whoever runs it can read it.
    if (!deps.config.quiet) console.log(`demo-api: sign-in code for ${email} is ${issued.code}`);
    const content: LoginWithEmailContent & { otp?: string } = { otp_token: issued.otpToken, otp_action: action };
    // The SDK documents that debug mode returns the OTP but not under which name; `otp` matches the verify body.
    if (isDebugMode(ctx.req)) content.otp = issued.code;
    sendSuccess(ctx.res, `A ${issued.code.length}-digit code was sent to ${email}`, content);
  });

  router.add("POST", "/auth/verify-otp", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    const body = expectObject(await readJsonBody(ctx.req));
    const otp = readRequiredString(body.otp, "otp");
    const otpToken = readRequiredString(body.otp_token, "otp_token");
    const otpAction = readOtpAction(body.otp_action);
    const verified = otps.verify(otpToken, otp, otpAction);
    if (!verified.ok) throw otpError(verified);
    // Two sign-ups racing for one address end in the same account.
    const account = sessions.accounts.findByEmail(verified.email) ?? sessions.accounts.create(verified.email);
    sessions.accounts.markEmailVerified(account);
    if (shopper.is_anonymous) carryOverGuestCart(deps.carts, deps.catalog, shopper.ulid, account.id);
    const tokens = await sessions.signIn(account);
    const content: VerifyOtpContent = { user: accountToUser(account), ...tokens };
    sendSuccess(ctx.res, verified.action === "register" ? "Account created and signed in" : "Signed in", content);
  });
}

function otpError(result: Exclude<VerifyResult, { ok: true }>): ApiError {
  switch (result.reason) {
    case "unknown":
      return new ApiError(
        400,
        "otp_token_invalid",
        "This code is no longer valid (it was already used, or a newer code was sent): request a new code",
      );
    case "expired":
      return new ApiError(400, "otp_expired", "The code has expired: request a new code");
    case "exhausted":
      return new ApiError(
        400,
        "otp_attempts_exceeded",
        `Too many wrong codes (${OTP_MAX_ATTEMPTS}): this code no longer works, request a new code`,
      );
    case "wrong-action":
      return badRequest(`otp_action must be "${result.expected}" for this code`, { otp_action: "invalid" });
    case "wrong-code":
      return result.attemptsLeft > 0
        ? new ApiError(
            400,
            "otp_incorrect",
            `The code is not correct; ${result.attemptsLeft} ${result.attemptsLeft === 1 ? "attempt" : "attempts"} left`,
          )
        : new ApiError(
            400,
            "otp_attempts_exceeded",
            `The code is not correct, and that was the last attempt: request a new code`,
          );
  }
}

function isDebugMode(req: IncomingMessage): boolean {
  const header = req.headers["x-debug-mode"];
  return typeof header === "string" && header.trim().toLowerCase() === "true";
}

function readOptionalBoolean(value: unknown, name: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") throw badRequest(`${name} must be true or false`, { [name]: "invalid" });
  return value;
}

function readRequiredString(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") throw badRequest(`${name} is required`, { [name]: "required" });
  if (value.length > 200) throw badRequest(`${name} is too long`, { [name]: "invalid" });
  return value;
}

function readOtpAction(value: unknown): (typeof OTP_ACTIONS)[number] {
  const action = OTP_ACTIONS.find((candidate) => candidate === value);
  if (!action) {
    throw badRequest(`otp_action must be one of ${OTP_ACTIONS.join(", ")}`, { otp_action: "invalid" });
  }
  return action;
}
