import { describe, expect, it } from "vitest";
import { imageRemotePatterns, isOptimizableImage } from "./image-hosts";

describe("isOptimizableImage", () => {
  const demo = imageRemotePatterns({ DEMO_API_PORT: "4010" });
  const live = imageRemotePatterns({ CE_STORE_ID: "store", CE_IMAGE_HOSTS: "cdn.example.com" });

  it("accepts the demo API's images in demo mode, on its port and path only", () => {
    expect(isOptimizableImage("http://127.0.0.1:4010/images/logo.webp", demo)).toBe(true);
    expect(isOptimizableImage("http://127.0.0.1:4011/images/logo.webp", demo)).toBe(false);
    expect(isOptimizableImage("http://127.0.0.1:4010/api/v1/logo.webp", demo)).toBe(false);
    expect(isOptimizableImage("http://127.0.0.1:4010/images/logo.webp", live)).toBe(false);
  });

  it("accepts Commerce Engine's CDN and the extra hosts over HTTPS", () => {
    expect(isOptimizableImage("https://cdn.commercengine.io/brand/logo.png", live)).toBe(true);
    expect(isOptimizableImage("https://cdn.example.com/logo.png", live)).toBe(true);
    expect(isOptimizableImage("http://cdn.example.com/logo.png", live)).toBe(false);
    expect(isOptimizableImage("https://commercengine.io.evil.example/logo.png", live)).toBe(false);
    expect(isOptimizableImage("https://evilcommercengine.io/logo.png", live)).toBe(false);
  });

  it("refuses what is not a URL", () => {
    expect(isOptimizableImage("not a url", demo)).toBe(false);
    expect(isOptimizableImage("/images/logo.webp", demo)).toBe(false);
  });
});
