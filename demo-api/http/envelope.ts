import type { ServerResponse } from "node:http";

/** An error the API reports with the Commerce Engine error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) =>
  new ApiError(400, "bad_request", message, errors);
export const unauthorized = (message = "Unauthorized") => new ApiError(401, "unauthorized", message);
export const notFound = (message: string) => new ApiError(404, "not_found", message);

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-store",
  });
  res.end(payload);
}

export function sendSuccess(res: ServerResponse, message: string, content?: unknown): void {
  sendJson(res, 200, content === undefined ? { message, success: true } : { message, success: true, content });
}

export function sendError(res: ServerResponse, error: ApiError): void {
  const body: Record<string, unknown> = { message: error.message, success: false, code: error.code };
  if (error.errors) body.errors = error.errors;
  sendJson(res, error.status, body);
}
