import type { AnonymousUser } from "@commercengine/storefront-sdk";
import { ulid } from "./ulid";

export interface DemoUser {
  id: string;
  anonymousId: string;
  isAnonymous: boolean;
  createdAt: string;
}

/** In-memory shoppers. A token signed before a restart still names a user, so one is recreated from it. */
export class UserStore {
  private readonly users = new Map<string, DemoUser>();

  createAnonymous(): DemoUser {
    const now = new Date().toISOString();
    const user: DemoUser = { id: ulid(), anonymousId: ulid(), isAnonymous: true, createdAt: now };
    this.users.set(user.id, user);
    return user;
  }

  /** The user a verified token names, recreated when the server restarted since it was signed. */
  resolve(id: string, anonymousId: string | undefined): DemoUser {
    const existing = this.users.get(id);
    if (existing) return existing;
    const user: DemoUser = {
      id,
      anonymousId: anonymousId ?? ulid(),
      isAnonymous: true,
      createdAt: new Date().toISOString(),
    };
    this.users.set(id, user);
    return user;
  }

  get size(): number {
    return this.users.size;
  }
}

export function toAnonymousUser(user: DemoUser): AnonymousUser {
  return {
    id: user.id,
    is_anonymous: user.isAnonymous,
    is_logged_in: false,
    first_name: null,
    last_name: null,
    phone: null,
    email: null,
    is_email_verified: false,
    is_phone_verified: false,
    profile_image_url: null,
    created_at: user.createdAt,
    modified_at: user.createdAt,
  };
}
