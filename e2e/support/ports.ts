/** Ports of the end-to-end stack, apart from the ones `npm run dev` uses. */
export const E2E_PORT = 3100;
export const E2E_DEMO_API_PORT = 4110;
export const DEMO_API_ORIGIN = `http://127.0.0.1:${E2E_DEMO_API_PORT}`;

/** The session secret the e2e server runs with, so tests can open the cookie and check what it holds. */
export const E2E_SESSION_SECRET = "e2e-only-session-secret-0123456789abcdef";

/** The shared secret of `POST /api/revalidate` in the e2e server. */
export const E2E_REVALIDATE_SECRET = "e2e-only-revalidate-secret-0123456789";

/** Where the e2e server's output goes, for the check that it logged no unhandled error. */
export const SERVER_LOG = "test-results-server.log";
