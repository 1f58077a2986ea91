import type { NotificationPreferences, User } from "@commercengine/storefront-sdk";
import type { Account } from "./accounts";
import type { DemoUser } from "./user-store";

/**
 * The `User` the auth calls answer with. The SDK types `customer_id` as a string, but a guest (the session
 * `POST /auth/logout` hands back) has no customer yet, so the demo sends `null` there, as its token claims do.
 */
export type WireUser = Omit<User, "customer_id"> & { customer_id: string | null };

/** Order and account e-mails on; marketing off until the shopper opts in. */
function defaultNotificationPreferences(): NotificationPreferences {
  const off = { email: false, sms: false, whatsapp: false };
  return { transactional: { email: true, sms: false, whatsapp: false }, promotional: off, newsletter: { ...off } };
}

export function accountToUser(account: Account): User {
  return {
    id: account.id,
    first_name: null,
    last_name: null,
    email: account.email,
    is_email_verified: account.emailVerified,
    phone: null,
    country_code: null,
    is_phone_verified: false,
    profile_image_url: null,
    is_anonymous: false,
    is_logged_in: true,
    login_methods: ["email"],
    notification_preferences: defaultNotificationPreferences(),
    customer_id: account.customerId,
    customer_group: null,
    business: null,
    created_at: account.createdAt,
    modified_at: account.modifiedAt,
  };
}

export function guestToUser(user: DemoUser): WireUser {
  return {
    id: user.id,
    first_name: null,
    last_name: null,
    email: null,
    is_email_verified: false,
    phone: null,
    country_code: null,
    is_phone_verified: false,
    profile_image_url: null,
    is_anonymous: true,
    is_logged_in: false,
    login_methods: [],
    notification_preferences: defaultNotificationPreferences(),
    customer_id: null,
    customer_group: null,
    business: null,
    created_at: user.createdAt,
    modified_at: user.createdAt,
  };
}
