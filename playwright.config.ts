import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import {
  E2E_DEMO_API_PORT,
  E2E_PORT,
  E2E_REVALIDATE_SECRET,
  E2E_SESSION_SECRET,
  SERVER_LOG,
} from "./e2e/support/ports";

/**
 * The suite runs a production build (`next build` + `next start`) against the demo API, on
 * ports of its own so a running `npm run dev` does not interfere. It uses the system Chromium
 * when there is one (Debian: `apt-get install chromium`), else Playwright's own browser.
 */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const skipBuild = process.env.E2E_SKIP_BUILD === "1";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // One worker: tests read and reset the demo API's shared call counters.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  globalTeardown: "./e2e/support/check-server-log.ts",
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The server's output is also kept in a file: after the suite, it must show no unhandled error.
    command: `${skipBuild ? "" : "npm run build && "}npm start 2>&1 | tee ${SERVER_LOG}`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      DEMO_API_PORT: String(E2E_DEMO_API_PORT),
      DEMO_API_QUIET: "1",
      // Tests sign in to the same account again within seconds; the one test of the cooldown sets its own.
      DEMO_OTP_RESEND_COOLDOWN: "0",
      SESSION_SECRET: E2E_SESSION_SECRET,
      REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
      NEXT_DIST_DIR: ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
