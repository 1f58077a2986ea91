/**
 * What to tell the shopper when the API refuses a sign-in step. Its messages are written for developers; these are
 * for the person at the form. Codes are the ones Commerce Engine answers with; anything else passes its message on.
 */
export interface SignInRefusal {
  status: number | null;
  code: string | null;
  message: string;
}

export const UNREACHABLE_MESSAGE = "We couldn’t reach the store. Please try again in a moment.";

export function signInErrorMessage(error: SignInRefusal): string {
  if (error.status === null || error.status >= 500) return UNREACHABLE_MESSAGE;
  const wait = resendWaitSeconds(error);
  if (wait !== null) return `We just sent you a code. You can ask for another in ${wait} seconds.`;
  switch (error.code) {
    case "otp_incorrect": {
      const left = /(\d+)\s+attempts?\s+left/.exec(error.message)?.[1];
      return left
        ? `That code isn’t right. You have ${left} ${left === "1" ? "try" : "tries"} left.`
        : "That code isn’t right. Check the email and try again.";
    }
    case "otp_expired":
      return "That code has expired. Send yourself a new one below.";
    case "otp_attempts_exceeded":
    case "otp_token_invalid":
      return "That code no longer works. Send yourself a new one below.";
  }
  return error.message;
}

/** For a code asked for too soon (429): how many seconds the store wants the shopper to wait; else null. */
export function resendWaitSeconds(error: SignInRefusal): number | null {
  if (error.status !== 429) return null;
  const seconds = Number(/(\d+)\s*seconds?/.exec(error.message)?.[1]);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 3600 ? seconds : 30;
}
