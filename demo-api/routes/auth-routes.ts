import type { GetUserDetailContent } from "@commercengine/storefront-sdk";
import { bearerToken } from "../auth/session-service";
import { toAnonymousUser } from "../auth/user-store";
import { accountToUser, guestToUser, type WireUser } from "../auth/wire-user";
import { expectObject, readJsonBody } from "../http/body";
import { badRequest, sendSuccess, unauthorized } from "../http/envelope";
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
    const shopper = await requireShopper(deps, ctx);
    // The session's tokens stop working; the shopper continues as a brand-new guest.
    const { user, access_token, refresh_token } = await deps.sessions.logout(shopper);
    sendSuccess(ctx.res, "Logged out", { user: guestToUser(user), access_token, refresh_token });
  });

  router.add("GET", "/auth/user/{id}", async (ctx) => {
    const shopper = await requireShopper(deps, ctx);
    if (ctx.params.id !== shopper.ulid) throw unauthorized("You can only read your own user details");
    const account = deps.sessions.accounts.get(shopper.ulid);
    // A guest may ask too; they get their guest record (no e-mail, no customer id).
    const user: GetUserDetailContent["user"] | WireUser = account
      ? accountToUser(account)
      : guestToUser(deps.sessions.users.resolve(shopper.ulid, shopper.anonymous_id));
    sendSuccess(ctx.res, "User details", { user });
  });
}
