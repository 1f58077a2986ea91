import { gzipSync } from "node:zlib";

/**
 * The JavaScript a first visit to a page downloads: every script the HTML loads from /_next/static, gzipped (as a
 * server would send it), summed. Measured from the served page, so it is what a shopper actually gets. `nomodule`
 * scripts (Next.js's polyfills for old browsers) are left out: browsers that run modules never fetch them.
 */
export async function firstLoadJsBytes(origin: string, path: string, headers: Record<string, string>): Promise<number> {
  const html = await (await fetch(`${origin}${path}`, { headers })).text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)) {
    if (/\bnomodule\b/i.test(`${match[1]} ${match[3]}`)) continue;
    const src = match[2]!.replace(/&amp;/g, "&");
    if (src.startsWith("/_next/static/")) sources.add(src);
  }
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(`${origin}${src}`)).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}
