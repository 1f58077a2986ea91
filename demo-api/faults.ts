import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError, badRequest, sendError } from "./http/envelope";

/**
 * Injected faults, so tests and demos can see how the storefront copes with a failing API. A fault matches
 * operations the way the call counters name them ("GET /catalog/products/{product_id}"), where `*` stands for any
 * run of characters ("GET /catalog/*", "*"), and then:
 *   status: answers with that HTTP status and an error envelope
 *   hang:   never answers (until the client gives up or `hangMs` passes, then drops the connection)
 *   drop:   closes the connection without an answer
 * `times` limits how many calls it hits; without it the fault stays until cleared.
 */
export type FaultMode = "status" | "hang" | "drop";

export interface Fault {
  operation: string;
  mode: FaultMode;
  status: number;
  hangMs: number;
  /** Calls left to hit; null: until cleared. */
  remaining: number | null;
}

const MAX_FAULTS = 50;
const DEFAULT_HANG_MS = 60_000;

export class FaultStore {
  private faults: Fault[] = [];

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  add(fault: Fault): void {
    if (this.faults.length >= MAX_FAULTS) throw badRequest(`At most ${MAX_FAULTS} faults at a time`);
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this operation, if any, counting the hit. */
  take(operation: string): Fault | null {
    const fault = this.faults.find((candidate) => matches(candidate.operation, operation));
    if (!fault) return null;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }
}

/** Plays a fault on a request. */
export async function inflict(fault: Fault, req: IncomingMessage, res: ServerResponse): Promise<void> {
  switch (fault.mode) {
    case "status":
      return sendError(res, new ApiError(fault.status, "fault_injected", `Injected fault: HTTP ${fault.status}`));
    case "drop":
      req.socket.destroy();
      return;
    case "hang":
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, fault.hangMs);
        req.socket.once("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      req.socket.destroy();
      return;
  }
}

export function parseFault(body: Record<string, unknown>): Fault {
  const { operation, mode, status, hangMs, times } = body;
  if (typeof operation !== "string" || operation.trim() === "" || operation.length > 200) {
    throw badRequest('operation is required, e.g. "GET /catalog/products/{product_id}", "GET /catalog/*" or "*"');
  }
  if (mode !== "status" && mode !== "hang" && mode !== "drop") throw badRequest("mode must be status, hang or drop");
  const code = status ?? 503;
  if (typeof code !== "number" || !Number.isInteger(code) || code < 400 || code > 599) {
    throw badRequest("status must be an HTTP error status from 400 to 599");
  }
  const wait = hangMs ?? DEFAULT_HANG_MS;
  if (typeof wait !== "number" || !Number.isInteger(wait) || wait < 1 || wait > 10 * 60_000) {
    throw badRequest("hangMs must be a whole number of milliseconds up to 600000");
  }
  if (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) {
    throw badRequest("times must be a positive integer");
  }
  return { operation: operation.trim(), mode, status: code, hangMs: wait, remaining: times ?? null };
}

function matches(pattern: string, operation: string): boolean {
  if (pattern === operation || pattern === "*") return true;
  if (!pattern.includes("*")) return false;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(operation);
}
