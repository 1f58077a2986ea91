import { DEMO_API_ORIGIN } from "./ports";

/** The demo API's own controls: call counters and token policy. */
export type CallCounts = Record<string, number>;

export async function resetCalls(): Promise<void> {
  await fetch(`${DEMO_API_ORIGIN}/__demo/stats/reset`, { method: "POST" });
}

export async function calls(): Promise<CallCounts> {
  const response = await fetch(`${DEMO_API_ORIGIN}/__demo/stats`);
  return ((await response.json()) as { calls: CallCounts }).calls;
}

/** Calls to the auth endpoints only. */
export async function authCalls(): Promise<CallCounts> {
  return Object.fromEntries(Object.entries(await calls()).filter(([operation]) => operation.includes("/auth/")));
}

export async function setTokenPolicy(policy: {
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  refreshSingleUse?: boolean;
}): Promise<void> {
  const response = await fetch(`${DEMO_API_ORIGIN}/__demo/settings`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(policy),
  });
  if (!response.ok) throw new Error(`demo settings refused: ${await response.text()}`);
}

export async function restoreTokenPolicy(): Promise<void> {
  await fetch(`${DEMO_API_ORIGIN}/__demo/settings`, { method: "DELETE" });
}

/** The demo API's storefront base, as the storefront itself calls it. */
const STOREFRONT_API = `${DEMO_API_ORIGIN}/api/v1/demo/storefront`;

/**
 * Deletes a cart the way another device or the API's own expiry would: straight at the API, behind the
 * storefront's back, with the shopper's own access token.
 */
export async function deleteCart(cartId: string, accessToken: string): Promise<void> {
  const response = await fetch(`${STOREFRONT_API}/carts/${encodeURIComponent(cartId)}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`deleting cart ${cartId} failed: ${response.status} ${await response.text()}`);
}

export interface FaultSpec {
  /** An operation as the call counters name it ("GET /carts/{id}"); `*` matches any run of characters. */
  operation: string;
  mode: "status" | "hang" | "drop";
  status?: number;
  hangMs?: number;
  times?: number;
}

/** Makes the demo API fail the way a real outage would (see demo-api/faults.ts). */
export async function injectFault(fault: FaultSpec): Promise<void> {
  const response = await fetch(`${DEMO_API_ORIGIN}/__demo/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`demo fault refused: ${await response.text()}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(`${DEMO_API_ORIGIN}/__demo/faults`, { method: "DELETE" });
}
