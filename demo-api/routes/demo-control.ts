import type { IncomingMessage, ServerResponse } from "node:http";
import type { OtpPolicy, OtpStore } from "../auth/otp-store";
import type { SessionService, TokenPolicy } from "../auth/session-service";
import { expectObject, readJsonBody } from "../http/body";
import { ApiError, badRequest, notFound, sendJson } from "../http/envelope";
import { parseFault, type FaultStore } from "../faults";
import type { CallStats } from "../stats";

/**
 * The demo API's own controls, outside the Commerce Engine paths, for tests and benchmarks:
 *   GET  /__demo/stats            calls per operation since start (or the last reset)
 *   POST /__demo/stats/reset      zero the counters
 *   GET  /__demo/settings         token lifetimes, refresh policy and sign-in code timings in force
 *   POST /__demo/settings         change them: {accessTokenTtlSeconds?, refreshTokenTtlSeconds?, refreshSingleUse?,
 *                                 otpTtlSeconds?, otpResendCooldownSeconds?}
 *   DELETE /__demo/settings       back to the values the server started with
 *   GET  /__demo/faults           injected faults in force
 *   POST /__demo/faults           add one: {operation, mode: status|hang|drop, status?, hangMs?, times?} (see faults.ts)
 *   DELETE /__demo/faults         clear them all: the API is healthy again
 * The simulated payment page, /__demo/pay/{payment_id}, is served by payment-page-routes.ts.
 */
export async function handleDemoControl(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: { stats: CallStats; sessions: SessionService; otps: OtpStore; faults: FaultStore },
): Promise<void> {
  const route = `${req.method ?? "GET"} ${pathname}`;
  switch (route) {
    case "GET /__demo/stats":
      return sendJson(res, 200, { calls: deps.stats.snapshot() });
    case "POST /__demo/stats/reset":
      deps.stats.reset();
      return sendJson(res, 200, { calls: {} });
    case "GET /__demo/faults":
      return sendJson(res, 200, { faults: deps.faults.list() });
    case "POST /__demo/faults":
      requireJson(req);
      deps.faults.add(parseFault(expectObject(await readJsonBody(req))));
      return sendJson(res, 200, { faults: deps.faults.list() });
    case "DELETE /__demo/faults":
      deps.faults.clear();
      return sendJson(res, 200, { faults: [] });
    case "GET /__demo/settings":
      return sendJson(res, 200, settings(deps));
    case "POST /__demo/settings": {
      requireJson(req);
      const body = expectObject(await readJsonBody(req));
      const tokenPolicy = parsePolicy(body);
      const otpPolicy = parseOtpPolicy(body);
      if (Object.keys(tokenPolicy).length === 0 && Object.keys(otpPolicy).length === 0) {
        throw new ApiError(400, "bad_request", "Nothing to change");
      }
      deps.sessions.configure(tokenPolicy);
      deps.otps.configure(otpPolicy);
      return sendJson(res, 200, settings(deps));
    }
    case "DELETE /__demo/settings":
      deps.sessions.configure("initial");
      deps.otps.configure("initial");
      return sendJson(res, 200, settings(deps));
    default:
      throw notFound(`No demo control at ${route}`);
  }
}

/** A JSON content type cannot be sent by a plain HTML form, so a web page cannot change the demo's controls. */
function requireJson(req: IncomingMessage): void {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    throw badRequest("Send the body as application/json");
  }
}

function parsePolicy(body: Record<string, unknown>): Partial<TokenPolicy> {
  const policy: Partial<TokenPolicy> = {};
  for (const key of ["accessTokenTtlSeconds", "refreshTokenTtlSeconds"] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
      throw badRequest(`${key} must be a positive integer`);
    policy[key] = value;
  }
  if (body.refreshSingleUse !== undefined) {
    if (typeof body.refreshSingleUse !== "boolean") throw badRequest("refreshSingleUse must be true or false");
    policy.refreshSingleUse = body.refreshSingleUse;
  }
  return policy;
}

function parseOtpPolicy(body: Record<string, unknown>): Partial<OtpPolicy> {
  const policy: Partial<OtpPolicy> = {};
  for (const [key, min] of [
    ["otpTtlSeconds", 1],
    ["otpResendCooldownSeconds", 0],
  ] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min)
      throw badRequest(`${key} must be an integer of at least ${min}`);
    policy[key] = value;
  }
  return policy;
}

function settings(deps: { sessions: SessionService; otps: OtpStore }): TokenPolicy & OtpPolicy {
  return { ...deps.sessions.policy, ...deps.otps.policy };
}
