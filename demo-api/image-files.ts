import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { notFound } from "./http/envelope";

const IMAGES_DIR = fileURLToPath(new URL("./images/", import.meta.url));
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*\.(webp|png|jpg)$/i;
const CONTENT_TYPES: Record<string, string> = { webp: "image/webp", png: "image/png", jpg: "image/jpeg" };

/** Serves a generated catalog image; names are checked so no path can leave the folder. */
export async function serveImage(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!SAFE_NAME.test(name)) throw notFound(`Image ${name} not found`);
  let data: Buffer;
  try {
    data = await readFile(IMAGES_DIR + name);
  } catch {
    throw notFound(`Image ${name} not found`);
  }
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  res.writeHead(200, {
    "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
    "Content-Length": data.length,
    // Generated files never change under the same name.
    "Cache-Control": "public, max-age=31536000, immutable",
  });
  res.end(req.method === "HEAD" ? undefined : data);
}
