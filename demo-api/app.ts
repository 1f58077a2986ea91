import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OtpStore } from "./auth/otp-store";
import { SessionService } from "./auth/session-service";
import { buildCatalog } from "./catalog";
import { CatalogIndex } from "./catalog-index";
import { CartStore } from "./carts/cart-store";
import type { DemoApiConfig } from "./config";
import { ApiError, badRequest, notFound, sendError } from "./http/envelope";
import { Router } from "./http/router";
import { serveImage } from "./image-files";
import { registerAuthRoutes } from "./routes/auth-routes";
import { registerCartRoutes } from "./routes/cart-routes";
import { registerCatalogRoutes } from "./routes/catalog-routes";
import { registerCheckoutRoutes } from "./routes/checkout-routes";
import type { DemoApiDeps } from "./routes/context";
import { registerOrderRoutes } from "./routes/order-routes";
import { handlePaymentPage } from "./routes/payment-page-routes";
import { registerSignInRoutes } from "./routes/sign-in-routes";
import { registerStoreRoutes } from "./routes/store-routes";
import { FaultStore, inflict } from "./faults";
import { CallStats } from "./stats";
import { handleDemoControl } from "./routes/demo-control";
import { OrderStore } from "./orders/order-store";
import { PAYMENT_PAGE_PATH } from "./orders/hyper-checkout";

export interface RunningDemoApi {
  /** Origin the server answers on, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  /** Storefront API base URL, e.g. `http://127.0.0.1:4010/api/v1/demo/storefront`. */
  baseUrl: string;
  stats: CallStats;
  close(): Promise<void>;
}

/** Starts the demo API; resolves once it listens. Port 0 picks a free port (tests). */
export async function startDemoApi(config: DemoApiConfig): Promise<RunningDemoApi> {
  const stats = new CallStats();
  const faults = new FaultStore();
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async () => {};
  const server = createServer((req, res) => void handle(req, res));
  await listen(server, config.port, config.host);

  const { port } = server.address() as AddressInfo;
  const origin = `http://${config.host}:${port}`;
  const publicOrigin = (config.publicOrigin ?? origin).replace(/\/+$/, "");
  const catalog = new CatalogIndex(buildCatalog({ imageBaseUrl: `${publicOrigin}/images` }));
  const deps: DemoApiDeps = {
    config,
    sessions: new SessionService({
      settings: {
        secret: new TextEncoder().encode(config.jwtSecret),
        storeId: config.storeId,
        accessTokenTtlSeconds: config.accessTokenTtlSeconds,
        refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
      },
      refreshSingleUse: config.refreshSingleUse,
    }),
    otps: new OtpStore({
      otpTtlSeconds: config.otpTtlSeconds,
      otpResendCooldownSeconds: config.otpResendCooldownSeconds,
    }),
    catalog,
    carts: new CartStore(catalog.catalog.coupons),
    orders: new OrderStore({ paymentTtlSeconds: config.paymentTtlSeconds }),
    publicOrigin,
  };
  const router = new Router();
  registerAuthRoutes(router, deps);
  registerSignInRoutes(router, deps);
  registerStoreRoutes(router, deps);
  registerCatalogRoutes(router, deps);
  registerCartRoutes(router, deps);
  registerCheckoutRoutes(router, deps);
  registerOrderRoutes(router, deps);

  const apiPrefix = `/api/v1/${config.storeId}/storefront`;
  handle = async (req, res) => {
    const started = performance.now();
    res.on("finish", () => {
      if (!config.quiet) {
        const ms = (performance.now() - started).toFixed(1);
        console.log(`${req.method} ${req.url} ${res.statusCode} ${ms}ms`);
      }
    });
    try {
      const url = parseRequestUrl(req.url, origin);
      const method = req.method ?? "GET";
      if (url.pathname.startsWith(PAYMENT_PAGE_PATH)) {
        return await handlePaymentPage(req, res, url.pathname, { orders: deps.orders });
      }
      if (url.pathname.startsWith("/__demo/"))
        return await handleDemoControl(req, res, url.pathname, {
          stats,
          sessions: deps.sessions,
          otps: deps.otps,
          faults,
        });
      if (url.pathname.startsWith("/images/") && (method === "GET" || method === "HEAD")) {
        return await serveImage(url.pathname.slice("/images/".length), req, res);
      }
      if (!url.pathname.startsWith(`${apiPrefix}/`)) {
        throw notFound(
          url.pathname.startsWith("/api/v1/") ? "Store not found" : `No route for ${method} ${url.pathname}`,
        );
      }
      const match = router.match(method, url.pathname.slice(apiPrefix.length));
      if (match.kind === "none") throw notFound(`No route for ${method} ${url.pathname}`);
      if (match.kind === "wrong-method") {
        res.setHeader("Allow", match.allowed.join(", "));
        throw new ApiError(
          405,
          "method_not_allowed",
          `${method} is not allowed here; use ${match.allowed.join(" or ")}`,
        );
      }
      const operation = `${method} ${match.route.template}`;
      stats.record(operation);
      const fault = faults.take(operation);
      if (fault) return await inflict(fault, req, res);
      await match.route.handler({ req, res, url, params: match.params });
    } catch (error) {
      if (error instanceof ApiError) return sendError(res, error);
      console.error("demo-api: unexpected error", error);
      if (!res.headersSent) sendError(res, new ApiError(500, "internal_error", "Internal error"));
    }
  };

  return {
    origin,
    baseUrl: `${origin}${apiPrefix}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function parseRequestUrl(raw: string | undefined, origin: string): URL {
  try {
    return new URL(raw ?? "/", origin);
  } catch {
    throw badRequest("Malformed request URL");
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
