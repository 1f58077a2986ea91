import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  sealSession,
  sessionCookieOptions,
  sessionTtlSeconds,
  unsealSession,
  type SessionData,
} from "./session-cookie";

const secret = "a-session-secret-of-at-least-32-characters";
const jwtKey = new TextEncoder().encode("jwt-key-jwt-key-jwt-key-jwt-key!");

async function refreshTokenValidFor(seconds: number): Promise<string> {
  return new SignJWT({ ulid: "01USER" })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
    .sign(jwtKey);
}

async function session(overrides: Partial<SessionData> = {}): Promise<SessionData> {
  return {
    accessToken: "access",
    refreshToken: await refreshTokenValidFor(7 * 24 * 3600),
    userId: "01USER",
    expiresAt: Date.now() + 3_600_000,
    ...overrides,
  };
}

describe("session cookie", () => {
  it("round-trips the session, cart id included", async () => {
    const data = await session({ cartId: "01CART" });
    const sealed = await sealSession(data, secret);
    expect(sealed).not.toContain("access");
    expect(await unsealSession(sealed, secret)).toEqual(data);
  });

  it("reads tampered, truncated, foreign and empty cookies as no session", async () => {
    const sealed = await sealSession(await session(), secret);
    const flipped = sealed.slice(0, 40) + (sealed[40] === "a" ? "b" : "a") + sealed.slice(41);
    expect(await unsealSession(flipped, secret)).toBeNull();
    expect(await unsealSession(sealed.slice(0, sealed.length - 10), secret)).toBeNull();
    expect(await unsealSession(sealed, "another-secret-of-at-least-32-characters")).toBeNull();
    expect(await unsealSession("hello", secret)).toBeNull();
    expect(await unsealSession(undefined, secret)).toBeNull();
  });

  it("opens cookies sealed with a previous secret after a rotation, and seals new ones with the current secret", async () => {
    const previous = "the-old-session-secret-at-least-32-characters";
    const current = "the-new-session-secret-at-least-32-characters";
    const data = await session({ cartId: "01CART" });
    const beforeRotation = await sealSession(data, previous);

    // After the rotation: SESSION_SECRET is the new one, SESSION_SECRET_PREVIOUS the old one.
    expect(await unsealSession(beforeRotation, [current, previous])).toEqual(data);
    const afterRotation = await sealSession(data, [current, previous]);
    expect(await unsealSession(afterRotation, current)).toEqual(data);
    expect(await unsealSession(afterRotation, previous)).toBeNull();

    // Once the previous secret is dropped, its cookies are unreadable: those shoppers start a fresh session.
    expect(await unsealSession(beforeRotation, current)).toBeNull();
    // A second rotation keeps working: the ids come from the secrets, not from their position.
    const next = "the-next-session-secret-at-least-32-characters";
    expect(await unsealSession(afterRotation, [next, current])).toEqual(data);
  });

  it("rejects a sealed value that is not a session", async () => {
    const { sealData } = await import("iron-session");
    expect(await unsealSession(await sealData({ userId: 42 }, { password: secret }), secret)).toBeNull();
  });

  it("lives as long as the refresh token, with the flags the design asks for", async () => {
    const data = await session({ refreshToken: await refreshTokenValidFor(3600) });
    expect(sessionTtlSeconds(data)).toBeGreaterThan(3590);
    expect(sessionTtlSeconds(data)).toBeLessThanOrEqual(3600);
    expect(sessionCookieOptions(data, true)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: true,
    });
  });
});
