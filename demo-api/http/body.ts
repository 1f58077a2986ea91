import type { IncomingMessage } from "node:http";
import { ApiError, badRequest } from "./envelope";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON request body; an empty body reads as `undefined`. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBodyText(req)).trim();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("Request body is not valid JSON");
  }
}

/** Reads an `application/x-www-form-urlencoded` body, as a plain HTML form posts it. */
export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBodyText(req));
}

async function readBodyText(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(): ApiError {
  return new ApiError(400, "payload_too_large", `Request body exceeds ${MAX_BODY_BYTES} bytes`);
}

/** Narrows a parsed body to a plain object, or explains what was expected. */
export function expectObject(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("Request body must be a JSON object");
  }
  return body as Record<string, unknown>;
}
