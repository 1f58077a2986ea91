import { ulid } from "./ulid";

/** A registered shopper, signed in with a one-time code sent to their e-mail. */
export interface Account {
  id: string;
  /** Commerce Engine tells users and customers apart; the demo gives each account its own customer id. */
  customerId: string;
  /** Carried in the account's tokens as `anonymous_id`, like the guest ids. */
  anonymousId: string;
  email: string;
  emailVerified: boolean;
  createdAt: string;
  modifiedAt: string;
}

/** In-memory accounts, found by id or by (lower-cased) e-mail. */
export class AccountStore {
  private readonly byId = new Map<string, Account>();
  private readonly idByEmail = new Map<string, string>();

  get(id: string): Account | null {
    return this.byId.get(id) ?? null;
  }

  findByEmail(email: string): Account | null {
    const id = this.idByEmail.get(email);
    return id ? this.get(id) : null;
  }

  create(email: string): Account {
    const now = new Date().toISOString();
    return this.store({
      id: ulid(),
      customerId: ulid(),
      anonymousId: ulid(),
      email,
      emailVerified: false,
      createdAt: now,
      modifiedAt: now,
    });
  }

  /** The account a verified token names; recreated when the server restarted since the token was signed. */
  restore(claims: { id: string; email: string; customerId: string | null; anonymousId: string | undefined }): Account {
    const existing = this.get(claims.id);
    if (existing) return existing;
    const now = new Date().toISOString();
    return this.store({
      id: claims.id,
      customerId: claims.customerId ?? ulid(),
      anonymousId: claims.anonymousId ?? ulid(),
      email: claims.email,
      emailVerified: true,
      createdAt: now,
      modifiedAt: now,
    });
  }

  markEmailVerified(account: Account): void {
    if (account.emailVerified) return;
    account.emailVerified = true;
    account.modifiedAt = new Date().toISOString();
  }

  private store(account: Account): Account {
    this.byId.set(account.id, account);
    if (!this.idByEmail.has(account.email)) this.idByEmail.set(account.email, account.id);
    return account;
  }
}
