import { describe, expect, it } from "vitest";
import { DEMO_API_KEY, parseConfig } from "./config";

const secret = "s".repeat(32);

describe("parseConfig", () => {
  it("runs in demo mode against the local demo API when no store is configured", () => {
    const status = parseConfig({});
    expect(status.kind).toBe("ready");
    if (status.kind !== "ready") return;
    expect(status.config.mode).toBe("demo");
    expect(status.config.storeId).toBe("demo");
    expect(status.config.apiKey).toBe(DEMO_API_KEY);
    expect(status.config.apiBaseUrl).toBe("http://127.0.0.1:4010/api/v1/demo/storefront");
    expect(status.config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("follows DEMO_API_PORT and DEMO_API_KEY in demo mode, even in production", () => {
    const status = parseConfig({ NODE_ENV: "production", DEMO_API_PORT: "4999", DEMO_API_KEY: "k" });
    expect(status).toMatchObject({
      kind: "ready",
      config: { apiBaseUrl: "http://127.0.0.1:4999/api/v1/demo/storefront", apiKey: "k", secureCookies: true },
    });
  });

  it("builds the production and staging URLs of a real store", () => {
    const live = parseConfig({ CE_STORE_ID: "01STORE", CE_API_KEY: "key", SESSION_SECRET: secret });
    expect(live).toMatchObject({
      kind: "ready",
      config: { mode: "live", apiBaseUrl: "https://prod.api.commercengine.io/api/v1/01STORE/storefront" },
    });
    const staging = parseConfig({ CE_STORE_ID: "01STORE", CE_API_KEY: "key", CE_ENVIRONMENT: "staging" });
    expect(staging).toMatchObject({
      config: { environment: "staging", apiBaseUrl: "https://staging.api.commercengine.io/api/v1/01STORE/storefront" },
    });
  });

  it("lets CE_API_URL replace the base URL whole", () => {
    const status = parseConfig({
      CE_STORE_ID: "s",
      CE_API_KEY: "k",
      CE_API_URL: "http://localhost:9000/api/v1/s/storefront/",
    });
    expect(status).toMatchObject({ config: { apiBaseUrl: "http://localhost:9000/api/v1/s/storefront" } });
  });

  it("names every missing or wrong variable of a real store in production", () => {
    const status = parseConfig({ NODE_ENV: "production", CE_STORE_ID: "01STORE", CE_ENVIRONMENT: "qa" });
    expect(status.kind).toBe("invalid");
    if (status.kind !== "invalid") return;
    expect(status.problems.join("\n")).toMatch(/CE_API_KEY/);
    expect(status.problems.join("\n")).toMatch(/SESSION_SECRET/);
    expect(status.problems.join("\n")).toMatch(/CE_ENVIRONMENT/);
  });

  it("refuses a session secret shorter than 32 characters", () => {
    const status = parseConfig({ SESSION_SECRET: "short" });
    expect(status).toMatchObject({ kind: "invalid", problems: [expect.stringMatching(/SESSION_SECRET.*32/)] });
  });

  it("takes previous session secrets for a rotation, each at least 32 characters", () => {
    const current = "c".repeat(32);
    const status = parseConfig({
      SESSION_SECRET: current,
      SESSION_SECRET_PREVIOUS: ` ${"p".repeat(32)} , ${"q".repeat(40)} `,
    });
    expect(status.kind === "ready" && status.config.previousSessionSecrets).toEqual(["p".repeat(32), "q".repeat(40)]);
    expect(parseConfig({ SESSION_SECRET: current, SESSION_SECRET_PREVIOUS: "short" })).toMatchObject({
      kind: "invalid",
      problems: [expect.stringMatching(/SESSION_SECRET_PREVIOUS.*32/)],
    });
  });

  it("asks for setup on Vercel with no store, where the demo API cannot run", () => {
    expect(parseConfig({ VERCEL: "1" }).kind).toBe("setup-required");
    expect(parseConfig({ VERCEL: "1", CE_STORE_ID: "s", CE_API_KEY: "k", SESSION_SECRET: secret }).kind).toBe("ready");
  });

  it("knows the site's origin for canonical URLs: SITE_URL, Vercel's domain, or the local server", () => {
    expect(parseConfig({ SITE_URL: "https://shop.example.com/some/path" })).toMatchObject({
      config: { siteUrl: "https://shop.example.com" },
    });
    expect(
      parseConfig({ VERCEL_PROJECT_PRODUCTION_URL: "aurora.vercel.app", CE_STORE_ID: "s", CE_API_KEY: "k" }),
    ).toMatchObject({
      config: { siteUrl: "https://aurora.vercel.app" },
    });
    expect(parseConfig({ PORT: "3100" })).toMatchObject({ config: { siteUrl: "http://localhost:3100" } });
    expect(parseConfig({ SITE_URL: "not a url" })).toMatchObject({
      kind: "invalid",
      problems: [expect.stringMatching(/SITE_URL/)],
    });
  });

  it("enables the revalidation webhook only with a secret", () => {
    expect(parseConfig({})).toMatchObject({ config: { revalidateSecret: null } });
    const secret = "r".repeat(32);
    expect(parseConfig({ REVALIDATE_SECRET: secret })).toMatchObject({ config: { revalidateSecret: secret } });
    expect(parseConfig({ REVALIDATE_SECRET: "s3cret" })).toMatchObject({
      kind: "invalid",
      problems: [expect.stringMatching(/REVALIDATE_SECRET.*32/)],
    });
  });
});
