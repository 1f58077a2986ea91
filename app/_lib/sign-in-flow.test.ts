import { describe, expect, it } from "vitest";
import { codeProblem, emailProblem, safeNextPath } from "./sign-in-flow";
import { resendWaitSeconds, signInErrorMessage, UNREACHABLE_MESSAGE } from "./sign-in-errors";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/orders/AG-100001", "/x")).toBe("/orders/AG-100001");
    expect(safeNextPath("/account/orders?page=2", "/x")).toBe("/account/orders?page=2");
  });

  it("refuses other sites and malformed paths", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "orders", "/a b", null, 5]) {
      expect(safeNextPath(value, "/fallback")).toBe("/fallback");
    }
    expect(safeNextPath(`/${"a".repeat(400)}`, "/fallback")).toBe("/fallback");
  });
});

describe("emailProblem and codeProblem", () => {
  it("explain what is wrong with an address", () => {
    expect(emailProblem("")).toMatch(/enter your email/i);
    expect(emailProblem("asha@")).toMatch(/like name@example.com/);
    expect(emailProblem(`${"a".repeat(250)}@ex.com`)).not.toBeNull();
    expect(emailProblem("asha.rao@example.in")).toBeNull();
  });

  it("want six digits", () => {
    expect(codeProblem("")).toMatch(/6-digit/);
    expect(codeProblem("12345")).toMatch(/6 digits/);
    expect(codeProblem("12a456")).toMatch(/6 digits/);
    expect(codeProblem("123456")).toBeNull();
  });
});

describe("signInErrorMessage", () => {
  it("says how many tries are left after a wrong code", () => {
    const message = signInErrorMessage({
      status: 400,
      code: "otp_incorrect",
      message: "The code is not correct; 4 attempts left",
    });
    expect(message).toBe("That code isn’t right. You have 4 tries left.");
    expect(signInErrorMessage({ status: 400, code: "otp_incorrect", message: "1 attempt left" })).toMatch(/1 try left/);
  });

  it("asks for a new code when the old one cannot work any more", () => {
    expect(signInErrorMessage({ status: 400, code: "otp_expired", message: "" })).toMatch(/expired/);
    expect(signInErrorMessage({ status: 400, code: "otp_attempts_exceeded", message: "" })).toMatch(/new one/);
  });

  it("turns the resend cooldown into a wait in seconds", () => {
    const message = signInErrorMessage({ status: 429, code: "too_many_requests", message: "wait 27 seconds before" });
    expect(message).toBe("We just sent you a code. You can ask for another in 27 seconds.");
    expect(resendWaitSeconds({ status: 429, code: null, message: "wait 27 seconds" })).toBe(27);
    expect(resendWaitSeconds({ status: 429, code: null, message: "slow down" })).toBe(30);
    expect(resendWaitSeconds({ status: 400, code: null, message: "wait 27 seconds" })).toBeNull();
  });

  it("blames the connection, not the shopper, when the store is unreachable", () => {
    expect(signInErrorMessage({ status: null, code: null, message: "fetch failed" })).toBe(UNREACHABLE_MESSAGE);
    expect(signInErrorMessage({ status: 503, code: null, message: "down" })).toBe(UNREACHABLE_MESSAGE);
  });
});
