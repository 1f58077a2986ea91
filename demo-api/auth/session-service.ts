import {
  issueTokenPair,
  verifyAccessToken,
  verifyRefreshToken,
  type AccessClaims,
  type TokenPair,
  type TokenSettings,
} from "./tokens";
import { UserStore, type DemoUser } from "./user-store";
import { unauthorized } from "../http/envelope";

export interface TokenPolicy {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshSingleUse: boolean;
}

/** Issues, refreshes and checks the tokens of demo shoppers. */
export class SessionService {
  readonly users = new UserStore();
  /** Refresh-token ids already exchanged; only consulted in single-use mode. */
  private readonly usedRefreshIds = new Set<string>();

  private settings: TokenSettings;
  private refreshSingleUse: boolean;

  constructor(private readonly initial: { settings: TokenSettings; refreshSingleUse: boolean }) {
    this.settings = initial.settings;
    this.refreshSingleUse = initial.refreshSingleUse;
  }

  /** Token lifetimes and refresh policy in force; tests change them at run time through `/__demo/settings`. */
  get policy(): TokenPolicy {
    return {
      accessTokenTtlSeconds: this.settings.accessTokenTtlSeconds,
      refreshTokenTtlSeconds: this.settings.refreshTokenTtlSeconds,
      refreshSingleUse: this.refreshSingleUse,
    };
  }

  configure(policy: Partial<TokenPolicy> | "initial"): void {
    if (policy === "initial") {
      this.settings = this.initial.settings;
      this.refreshSingleUse = this.initial.refreshSingleUse;
      return;
    }
    const { refreshSingleUse, ...lifetimes } = policy;
    this.settings = { ...this.settings, ...lifetimes };
    if (refreshSingleUse !== undefined) this.refreshSingleUse = refreshSingleUse;
  }

  /** `POST /auth/anonymous`: a new guest, or the same guest again when their (even expired) token is presented. */
  async anonymous(bearer: string | null): Promise<TokenPair & { user: DemoUser }> {
    let user: DemoUser | null = null;
    if (bearer) {
      const verified = await verifyAccessToken(this.settings, bearer, { allowExpired: true });
      if (verified.ok && verified.claims.is_anonymous && this.withinSessionLifetime(verified.claims)) {
        user = this.users.resolve(verified.claims.ulid, verified.claims.anonymous_id);
      }
    }
    user ??= this.users.createAnonymous();
    return { ...(await this.issue(user)), user };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const verified = await verifyRefreshToken(this.settings, refreshToken);
    if (!verified.ok) {
      throw unauthorized(verified.reason === "expired" ? "Refresh token has expired" : "Refresh token is invalid");
    }
    if (this.refreshSingleUse) {
      if (this.usedRefreshIds.has(verified.claims.jti)) throw unauthorized("Refresh token has already been used");
      this.usedRefreshIds.add(verified.claims.jti);
    }
    return this.issue(this.users.resolve(verified.claims.ulid, undefined));
  }

  /** The shopper an `Authorization: Bearer` header names, or a 401 that says why not. */
  async authenticate(authorization: string | undefined): Promise<AccessClaims> {
    const token = bearerToken(authorization);
    if (!token) throw unauthorized("Access token is missing");
    const verified = await verifyAccessToken(this.settings, token);
    if (!verified.ok)
      throw unauthorized(verified.reason === "expired" ? "Access token has expired" : "Access token is invalid");
    this.users.resolve(verified.claims.ulid, verified.claims.anonymous_id);
    return verified.claims;
  }

  /** An expired token still names its shopper only while the session could have been refreshed. */
  private withinSessionLifetime(claims: AccessClaims): boolean {
    const issuedAt = typeof claims.iat === "number" ? claims.iat : 0;
    return Date.now() / 1000 < issuedAt + this.settings.refreshTokenTtlSeconds;
  }

  private async issue(user: DemoUser): Promise<TokenPair> {
    const { access_token, refresh_token } = await issueTokenPair(this.settings, {
      ulid: user.id,
      is_anonymous: true,
      is_logged_in: false,
      anonymous_id: user.anonymousId,
      customer_id: null,
      customer_group_id: null,
      store_id: this.settings.storeId,
      channel: "web",
      email: null,
      phone: null,
      first_name: null,
      last_name: null,
    });
    return { access_token, refresh_token };
  }
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
