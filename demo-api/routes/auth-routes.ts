import { bearerToken } from "../auth/session-service";
import { toAnonymousUser } from "../auth/user-store";
import { expectObject, readJsonBody } from "../http/body";
import { badRequest, sendSuccess } from "../http/envelope";
import type { Router } from "../http/router";
import { requireApiKey, requireShopper, type DemoApiDeps } from "./context";

export function registerAuthRoutes(router: Router, deps: DemoApiDeps): void {
  router.add("POST", "/auth/anonymous", async (ctx) => {
    requireApiKey(deps, ctx);
    const { user, access_token, refresh_token } = await deps.sessions.anonymous(
      bearerToken(ctx.req.headers.authorization),
    );
    sendSuccess(ctx.res, "Anonymous user created", { user: toAnonymousUser(user), access_token, refresh_token });
  });

  router.add("POST", "/auth/refresh-token", async (ctx) => {
    const body = expectObject(await readJsonBody(ctx.req));
    if (typeof body.refresh_token !== "string" || body.refresh_token === "") {
      throw badRequest("refresh_token is required", { refresh_token: "required" });
    }
    sendSuccess(ctx.res, "Token refreshed", await deps.sessions.refresh(body.refresh_token));
  });

  router.add("POST", "/auth/logout", async (ctx) => {
    await requireShopper(deps, ctx);
    // After logout the shopper continues as a brand-new guest.
    const { user, access_token, refresh_token } = await deps.sessions.anonymous(null);
    sendSuccess(ctx.res, "Logged out", { user: toAnonymousUser(user), access_token, refresh_token });
  });
}
