import { randomUUID } from "node:crypto";
import {
  issueTokenPair,
  verifyAccessToken,
  verifyRefreshToken,
  type AccessClaims,
  type TokenPair,
  type TokenSettings,
} from "./tokens";
import { AccountStore, type Account } from "./accounts";
import { UserStore, type DemoUser } from "./user-store";
import { unauthorized } from "../http/envelope";

export interface TokenPolicy {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshSingleUse: boolean;
}

/** Whom a session belongs to: a guest, or a signed-in account. */
type Subject = DemoUser | Account;

function isAccount(subject: Subject): subject is Account {
  return "email" in subject;
}

/** Issues, refreshes, checks and ends the sessions of demo shoppers, guests and signed-in accounts alike. */
export class SessionService {
  readonly users = new UserStore();
  readonly accounts = new AccountStore();
  /** Refresh-token ids already exchanged; only consulted in single-use mode. */
  private readonly usedRefreshIds = new Set<string>();
  /** Sessions ended by logout: neither their access nor their refresh tokens work any more. */
  private readonly endedSessions = new Set<string>();

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
    if (bearer) {
      const verified = await verifyAccessToken(this.settings, bearer, { allowExpired: true });
      if (
        verified.ok &&
        verified.claims.is_anonymous &&
        this.withinSessionLifetime(verified.claims) &&
        !this.hasEnded(verified.claims.sid)
      ) {
        const user = this.users.resolve(verified.claims.ulid, verified.claims.anonymous_id);
        return { ...(await this.issue(user, verified.claims.sid ?? randomUUID())), user };
      }
    }
    const user = this.users.createAnonymous();
    return { ...(await this.issue(user, randomUUID())), user };
  }

  /** A new signed-in session for an account whose e-mail code was just verified. */
  signIn(account: Account): Promise<TokenPair> {
    return this.issue(account, randomUUID());
  }

  /** `POST /auth/logout`: ends the session these claims belong to and starts a brand-new guest session. */
  logout(claims: AccessClaims): Promise<TokenPair & { user: DemoUser }> {
    if (claims.sid) this.endedSessions.add(claims.sid);
    return this.anonymous(null);
  }

  /** New tokens for the same session: a guest stays a guest, a signed-in account stays signed in. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const verified = await verifyRefreshToken(this.settings, refreshToken);
    if (!verified.ok) {
      throw unauthorized(verified.reason === "expired" ? "Refresh token has expired" : "Refresh token is invalid");
    }
    const { claims } = verified;
    if (this.hasEnded(claims.sid)) throw unauthorized("Refresh token is no longer valid: this session was logged out");
    if (this.refreshSingleUse) {
      if (this.usedRefreshIds.has(claims.jti)) throw unauthorized("Refresh token has already been used");
      this.usedRefreshIds.add(claims.jti);
    }
    const subject = this.subjectOf({
      ulid: claims.ulid,
      email: claims.email,
      customerId: claims.customer_id,
      anonymousId: undefined,
    });
    return this.issue(subject, claims.sid ?? randomUUID());
  }

  /** The shopper an `Authorization: Bearer` header names, or a 401 that says why not. */
  async authenticate(authorization: string | undefined): Promise<AccessClaims> {
    const token = bearerToken(authorization);
    if (!token) throw unauthorized("Access token is missing");
    const verified = await verifyAccessToken(this.settings, token);
    if (!verified.ok)
      throw unauthorized(verified.reason === "expired" ? "Access token has expired" : "Access token is invalid");
    const { claims } = verified;
    if (this.hasEnded(claims.sid)) throw unauthorized("Access token is no longer valid: this session was logged out");
    this.subjectOf({
      ulid: claims.ulid,
      email: claims.is_logged_in ? claims.email : null,
      customerId: claims.customer_id,
      anonymousId: claims.anonymous_id,
    });
    return claims;
  }

  /** The account or guest a verified token names, recreated when the server restarted since it was signed. */
  private subjectOf(claims: {
    ulid: string;
    email: string | null;
    customerId: string | null;
    anonymousId: string | undefined;
  }): Subject {
    const account = this.accounts.get(claims.ulid);
    if (account) return account;
    if (claims.email) {
      return this.accounts.restore({
        id: claims.ulid,
        email: claims.email,
        customerId: claims.customerId,
        anonymousId: claims.anonymousId,
      });
    }
    return this.users.resolve(claims.ulid, claims.anonymousId);
  }

  private hasEnded(sid: string | undefined): boolean {
    return sid !== undefined && this.endedSessions.has(sid);
  }

  /** An expired token still names its shopper only while the session could have been refreshed. */
  private withinSessionLifetime(claims: AccessClaims): boolean {
    const issuedAt = typeof claims.iat === "number" ? claims.iat : 0;
    return Date.now() / 1000 < issuedAt + this.settings.refreshTokenTtlSeconds;
  }

  private async issue(subject: Subject, sid: string): Promise<TokenPair> {
    const shared = {
      ulid: subject.id,
      anonymous_id: subject.anonymousId,
      customer_group_id: null,
      store_id: this.settings.storeId,
      channel: "web",
      phone: null,
      first_name: null,
      last_name: null,
      sid,
    };
    const claims: AccessClaims = isAccount(subject)
      ? { ...shared, is_anonymous: false, is_logged_in: true, customer_id: subject.customerId, email: subject.email }
      : { ...shared, is_anonymous: true, is_logged_in: false, customer_id: null, email: null };
    const { access_token, refresh_token } = await issueTokenPair(this.settings, claims);
    return { access_token, refresh_token };
  }
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
