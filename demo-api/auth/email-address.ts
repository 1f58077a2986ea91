import { badRequest } from "../http/envelope";

const MAX_EMAIL_LENGTH = 254;
/** One `@`, no spaces, a dot in the domain and labels that neither start nor end with a dot: what a mail server would accept, roughly. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The e-mail address a request names, trimmed and lower-cased, or a 400 that says what is wrong with it. */
export function readEmail(value: unknown): string {
  if (value === undefined || value === null || value === "") {
    throw badRequest("email is required", { email: "required" });
  }
  if (typeof value !== "string") throw badRequest("email must be a string", { email: "invalid" });
  const email = value.trim().toLowerCase();
  if (!isEmailAddress(email)) {
    throw badRequest(`"${value.slice(0, 100)}" is not a valid email address`, { email: "invalid" });
  }
  return email;
}

/** Whether a trimmed address looks deliverable (see EMAIL_PATTERN). */
export function isEmailAddress(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(email) && !email.includes("..");
}
