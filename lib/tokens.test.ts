import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { decodeClaims, needsRefresh, REFRESH_WINDOW_MS, tokenExpiry } from "./tokens";

const secret = new TextEncoder().encode("test-secret-test-secret-test-secret");

async function token(
  claims: Record<string, unknown>,
  lifetimeSeconds: number,
  issuedAt = Math.floor(Date.now() / 1000),
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(secret);
}

describe("decodeClaims", () => {
  it("reads the user id, guest flags and times the SDK reads", async () => {
    const iat = 1_800_000_000;
    const claims = decodeClaims(
      await token({ ulid: "01USER", is_anonymous: true, is_logged_in: false, store_id: "01STORE" }, 3600, iat),
    );
    expect(claims).toEqual({
      userId: "01USER",
      isAnonymous: true,
      isLoggedIn: false,
      email: null,
      firstName: null,
      storeId: "01STORE",
      issuedAt: iat * 1000,
      expiresAt: (iat + 3600) * 1000,
    });
  });

  it("reports a logged-in customer, with the address and name the header greets them by", async () => {
    const claims = decodeClaims(
      await token(
        { ulid: "01USER", is_anonymous: false, is_logged_in: true, email: "asha@example.in", first_name: "Asha" },
        60,
      ),
    );
    expect(claims?.isAnonymous).toBe(false);
    expect(claims?.isLoggedIn).toBe(true);
    expect(claims?.email).toBe("asha@example.in");
    expect(claims?.firstName).toBe("Asha");
  });

  it("rejects garbage and tokens without a user id", async () => {
    expect(decodeClaims("not-a-jwt")).toBeNull();
    expect(decodeClaims("")).toBeNull();
    expect(decodeClaims(await token({ sub: "no-ulid" }, 60))).toBeNull();
  });
});

describe("tokenExpiry", () => {
  it("reads exp of any JWT and null for garbage", async () => {
    const iat = 1_800_000_000;
    expect(tokenExpiry(await token({}, 100, iat))).toBe((iat + 100) * 1000);
    expect(tokenExpiry("x.y.z")).toBeNull();
  });
});

describe("needsRefresh", () => {
  const issuedAt = 1_000_000_000_000;
  const hour = { issuedAt, expiresAt: issuedAt + 3_600_000 };

  it("keeps a fresh token", () => {
    expect(needsRefresh(hour, issuedAt + 1000)).toBe(false);
  });

  it("refreshes within the SDK's 30 s window before expiry, and after expiry", () => {
    expect(needsRefresh(hour, hour.expiresAt - REFRESH_WINDOW_MS - 1)).toBe(false);
    expect(needsRefresh(hour, hour.expiresAt - REFRESH_WINDOW_MS)).toBe(true);
    expect(needsRefresh(hour, hour.expiresAt + 1)).toBe(true);
  });

  it("uses half the lifetime as the window for very short-lived tokens, so they are still used", () => {
    const tenSeconds = { issuedAt, expiresAt: issuedAt + 10_000 };
    expect(needsRefresh(tenSeconds, issuedAt + 4_999)).toBe(false);
    expect(needsRefresh(tenSeconds, issuedAt + 5_000)).toBe(true);
  });
});
