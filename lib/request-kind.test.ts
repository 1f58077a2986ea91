import { describe, expect, it } from "vitest";
import { classifyRequest } from "./request-kind";

const CHROME =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";
const get = (pathname: string, userAgent: string | null = CHROME) => ({ method: "GET", pathname, userAgent });

describe("classifyRequest", () => {
  it("gives shoppers in a browser a session, for reads and server actions", () => {
    expect(classifyRequest(get("/"))).toBe("shopper");
    expect(classifyRequest({ ...get("/cart"), method: "POST" })).toBe("shopper");
  });

  it.each([
    ["Googlebot/2.1 (+http://www.google.com/bot.html)"],
    ["Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"],
    ["facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"],
    ["curl/8.5.0"],
    ["python-requests/2.32.3"],
  ])("serves %s without a session", (userAgent) => {
    expect(classifyRequest(get("/products/anything", userAgent))).toBe("no-session");
  });

  it("serves HEAD requests without a session", () => {
    expect(classifyRequest({ ...get("/"), method: "HEAD" })).toBe("no-session");
  });

  it("refuses methods a page does not take, but leaves route handlers to answer for themselves", () => {
    expect(classifyRequest({ ...get("/products/x"), method: "PUT" })).toBe("bad-method");
    expect(classifyRequest({ ...get("/"), method: "DELETE" })).toBe("bad-method");
    expect(classifyRequest({ ...get("/api/session"), method: "PUT" })).toBe("shopper");
  });

  it("refuses a path with a broken percent-escape", () => {
    expect(classifyRequest(get("/products/%E0%A4%A"))).toBe("bad-path");
    expect(classifyRequest(get("/products/%"))).toBe("bad-path");
    expect(classifyRequest(get("/products/caf%C3%A9"))).toBe("shopper");
  });

  it("refuses control characters and absurdly long segments, which no page has", () => {
    expect(classifyRequest(get("/sitemap/%00"))).toBe("bad-path");
    expect(classifyRequest(get("/products/a%0Ab"))).toBe("bad-path");
    expect(classifyRequest(get(`/categories/${"x".repeat(201)}`))).toBe("bad-path");
    expect(classifyRequest(get(`/categories/${"x".repeat(200)}`))).toBe("shopper");
  });
});
