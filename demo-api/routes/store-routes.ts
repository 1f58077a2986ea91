import { sendSuccess } from "../http/envelope";
import type { Router } from "../http/router";
import { requireApiKey, type DemoApiDeps } from "./context";

export function registerStoreRoutes(router: Router, deps: DemoApiDeps): void {
  router.add("GET", "/store/config", (ctx) => {
    requireApiKey(deps, ctx);
    sendSuccess(ctx.res, "Store config", { store_config: deps.catalog.catalog.storeConfig });
  });
}
