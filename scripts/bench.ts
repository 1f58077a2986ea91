/**
 * npm run bench: how fast the production build is, in one table. Needs an existing build (`npm run build`); starts
 * `next start` with the demo API and measures:
 *   - auth calls on a first and a returning visit, catalog calls on a cached product page viewed again;
 *   - latency and throughput (autocannon) of the main pages for a returning shopper, beside a static file from
 *     public/ served by the same server (the ceiling);
 *   - the middleware's own cost: one page with and without the session step;
 *   - first-load JavaScript per page, gzipped, against the 150 kB budget.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune the load; BENCH_PORT the port (default 3000,
 * the port the build's absolute URLs assume).
 */
import { callsSince, resetCalls } from "./bench/demo-calls";
import { firstLoadJsBytes } from "./bench/first-load-js";
import { measureLoad, type LoadResult } from "./bench/load";
import { describeMachine } from "./bench/machine";
import { startStack } from "./bench/stack";

const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const port = Number(process.env.BENCH_PORT || 3000);

const PAGES = [
  { name: "home", path: "/", jsBudget: 150_000 },
  { name: "category", path: "/categories/clothing", jsBudget: null },
  { name: "search", path: "/search?q=tee", jsBudget: null },
  { name: "product", path: "/products/classic-fleece-hoodie", jsBudget: 150_000 },
] as const;
const STATIC_FILE = "/placeholder-product.svg";
// A browser's user agent: bots and scripts get no session, and the benchmark measures shoppers.
const BROWSER = {
  "user-agent":
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
};

const stack = await startStack({ port });
try {
  const { origin, demoApiOrigin } = stack;
  const isAuth = (operation: string) => operation.includes("/auth/");
  const isCatalog = (operation: string) => operation.startsWith("GET /catalog");

  // A first visit: one anonymous token. The cookie it sets is the returning shopper's from here on.
  await resetCalls(demoApiOrigin);
  const first = await fetch(`${origin}/`, { redirect: "manual", headers: BROWSER });
  await first.text();
  const firstVisitAuth = await callsSince(demoApiOrigin, isAuth);
  const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error("The first visit set no session cookie: is the demo API reachable?");
  const headers = { ...BROWSER, cookie };

  await resetCalls(demoApiOrigin);
  await (await fetch(`${origin}/`, { headers })).text();
  const returningAuth = await callsSince(demoApiOrigin, isAuth);

  const product = PAGES[3].path;
  await (await fetch(`${origin}${product}`, { headers })).text();
  await resetCalls(demoApiOrigin);
  await (await fetch(`${origin}${product}`, { headers })).text();
  const cachedProductCatalogCalls = await callsSince(demoApiOrigin, isCatalog);

  const ceiling = await measureLoad(`${origin}${STATIC_FILE}`, { headers, seconds, connections });
  const pages: { name: string; path: string; load: LoadResult; js: number; jsBudget: number | null }[] = [];
  for (const page of PAGES) {
    pages.push({
      ...page,
      load: await measureLoad(`${origin}${page.path}`, { headers, seconds, connections }),
      js: await firstLoadJsBytes(origin, page.path, headers),
    });
  }
  // The same page without the session step: the middleware's matcher skips requests marked as prefetches.
  const withoutMiddleware = await measureLoad(`${origin}/`, {
    headers: { ...headers, purpose: "prefetch" },
    seconds,
    connections,
  });
  const withMiddleware = pages[0]!.load;

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const ratio = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : "n/a");
  const check = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");

  console.log(`\nStorefront benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${describeMachine()}`);
  console.log(`Load: autocannon, ${connections} connections × ${seconds} s per URL, returning shopper's cookie\n`);
  console.table([
    { measure: "auth calls, first visit", value: firstVisitAuth, target: "1", result: check(firstVisitAuth === 1) },
    { measure: "auth calls, returning visit", value: returningAuth, target: "0", result: check(returningAuth === 0) },
    {
      measure: "catalog calls, cached product page again",
      value: cachedProductCatalogCalls,
      target: "0",
      result: check(cachedProductCatalogCalls === 0),
    },
  ]);
  console.table([
    {
      url: `${STATIC_FILE} (ceiling)`,
      median: ms(ceiling.medianMs),
      p99: ms(ceiling.p99Ms),
      "req/s": Math.round(ceiling.requestsPerSecond),
      "vs ceiling (req/s)": "1.00×",
      "first-load JS": "",
    },
    ...pages.map((page) => ({
      url: page.path,
      median: ms(page.load.medianMs),
      p99: ms(page.load.p99Ms),
      "req/s": Math.round(page.load.requestsPerSecond),
      "vs ceiling (req/s)": ratio(page.load.requestsPerSecond, ceiling.requestsPerSecond),
      "first-load JS": page.jsBudget ? `${kB(page.js)} (${check(page.js <= page.jsBudget)})` : kB(page.js),
    })),
  ]);
  console.table([
    {
      measure: "middleware cost on / (median with ÷ without)",
      with: ms(withMiddleware.medianMs),
      without: ms(withoutMiddleware.medianMs),
      ratio: ratio(withMiddleware.medianMs, withoutMiddleware.medianMs),
    },
  ]);
  const failures = [...pages.map((page) => page.load), ceiling, withoutMiddleware].filter(
    (load) => load.errors > 0 || load.non2xx > 0,
  );
  if (failures.length > 0) console.warn(`${failures.length} measurement(s) saw errors or non-2xx answers.`);
} finally {
  await stack.stop();
}
