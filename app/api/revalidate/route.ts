import { createHash, timingSafeEqual } from "node:crypto";
import { revalidatePath, revalidateTag } from "next/cache";
import { getConfig } from "@/lib/config";
import { CATALOG_TAG, CATEGORIES_TAG, STORE_TAG } from "@/lib/commerce/cache-tags";

/**
 * `POST /api/revalidate`: the webhook to call after editing the catalog, so cached pages pick up the
 * change. Body `{ tag?, tags?, path? }`; secret in `Authorization: Bearer …` or `x-revalidate-secret`.
 *
 *   curl -X POST https://shop.example.com/api/revalidate \
 *     -H "Authorization: Bearer $REVALIDATE_SECRET" -H "Content-Type: application/json" \
 *     -d '{"tags":["product:classic-fleece-hoodie"]}'
 */

const FIXED_TAGS = new Set([CATALOG_TAG, CATEGORIES_TAG, STORE_TAG]);
/** `product:<slug>` and `category:<slug>` (see lib/commerce/cache-tags.ts). */
const PER_ITEM_TAG = /^(product|category):[^\s]{1,200}$/;
const MAX_ITEMS = 100;

interface RevalidateBody {
  tag?: unknown;
  tags?: unknown;
  path?: unknown;
}

export async function POST(request: Request): Promise<Response> {
  const secret = getConfig().revalidateSecret;
  if (!secret) {
    return problem(503, "Revalidation is not configured: set REVALIDATE_SECRET on the server to enable it.");
  }
  if (!matchesSecret(providedSecret(request), secret)) {
    return problem(401, "Missing or wrong secret: send Authorization: Bearer <REVALIDATE_SECRET>.");
  }

  let body: RevalidateBody;
  try {
    body = (await request.json()) as RevalidateBody;
  } catch {
    return problem(400, 'The body must be JSON such as {"tag":"catalog"}.');
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return problem(400, 'The body must be a JSON object such as {"tag":"catalog"}.');
  }

  const tags = [...(body.tag === undefined ? [] : [body.tag]), ...(body.tags === undefined ? [] : asArray(body.tags))];
  const badTag = tags.find((tag) => typeof tag !== "string" || !(FIXED_TAGS.has(tag) || PER_ITEM_TAG.test(tag)));
  if (badTag !== undefined) {
    return problem(
      400,
      `Unknown tag ${JSON.stringify(badTag)}: use ${[...FIXED_TAGS].join(", ")}, product:<slug> or category:<slug>.`,
    );
  }
  const path = body.path;
  if (path !== undefined && (typeof path !== "string" || !/^\/(?!\/)[^?#\[\]]{0,1023}$/.test(path))) {
    // Query strings and route patterns ("/products/[slug]") would be accepted by Next.js and match nothing.
    return problem(400, 'path must be a page of this site without query or pattern, such as "/categories/clothing".');
  }
  if (tags.length === 0 && path === undefined) {
    return problem(400, "Nothing to revalidate: send tag, tags or path.");
  }
  if (tags.length > MAX_ITEMS) return problem(400, `At most ${MAX_ITEMS} tags per request.`);

  const uniqueTags = [...new Set(tags as string[])];
  // "max": the next visit gets the cached page while a fresh one renders in the background.
  for (const tag of uniqueTags) revalidateTag(tag, "max");
  if (path !== undefined) revalidatePath(path);
  return Response.json({
    revalidated: [...uniqueTags.map((tag) => ({ tag })), ...(path === undefined ? [] : [{ path }])],
  });
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function providedSecret(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer || request.headers.get("x-revalidate-secret")?.trim() || null;
}

/** Constant-time comparison (of digests, so the lengths match too). */
function matchesSecret(provided: string | null, secret: string): boolean {
  if (!provided) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(provided), digest(secret));
}

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
