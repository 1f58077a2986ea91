/**
 * Signing in happens in two places: as the checkout's first step, and from the header (to see past orders). Both
 * send a code, then ask for it; they differ in their pages and in where the shopper goes afterwards.
 */
export type SignInFlow = "checkout" | "account";

export const SIGN_IN_PAGES: Record<SignInFlow, { email: string; code: string; after: string }> = {
  checkout: { email: "/checkout/contact", code: "/checkout/verify", after: "/checkout" },
  account: { email: "/sign-in", code: "/sign-in/verify", after: "/account/orders" },
};

export function readSignInFlow(value: unknown): SignInFlow {
  return value === "checkout" ? "checkout" : "account";
}

/** A path on this site to continue to after signing in; anything else (another site, a malformed path) is ignored. */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 300) return fallback;
  // One leading slash, then no second slash or backslash that would make it another site's address.
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) return fallback;
  return value;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Why an e-mail address cannot be used, or null when it looks right. */
export function emailProblem(email: string): string | null {
  if (email === "") return "Enter your email address.";
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) return "Enter an email address like name@example.com.";
  return null;
}

/** Why a sign-in code cannot be right, or null when it has the shape of one (6 digits). */
export function codeProblem(code: string): string | null {
  if (code === "") return "Enter the 6-digit code from the email.";
  if (!/^\d{6}$/.test(code)) return "The code is 6 digits, like 123456.";
  return null;
}
