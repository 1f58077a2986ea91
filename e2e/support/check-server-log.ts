import { existsSync, readFileSync } from "node:fs";
import { SERVER_LOG } from "./ports";

/**
 * After the suite: the server's own log must hold no unhandled error. Errors the storefront handles are logged with
 * its own tags ("[cart] …", "[session] …"); Next.js marks errors that reached it with "⨯", and Node reports unhandled
 * rejections and uncaught exceptions by name. Two kinds of "⨯" line are expected, because tests cause them and the
 * storefront handles them:
 * - a CommerceApiError while the fault tests make the API fail: Next.js logs an error thrown inside a cached read
 *   ("use cache") even though the page that called it catches it and shows a notice;
 * - "Invalid Server Actions request": Next.js refusing the cross-site action the security test forges.
 */
const EXPECTED = [/CommerceApiError/, /Invalid Server Actions request/];
export default function checkServerLog(): void {
  if (!existsSync(SERVER_LOG)) return;
  const unexpected = readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => /⨯|unhandled ?rejection|uncaught ?exception/i.test(line))
    .filter((line) => !EXPECTED.some((pattern) => pattern.test(line)));
  if (unexpected.length > 0) {
    throw new Error(
      `The server logged ${unexpected.length} unhandled error(s):\n${unexpected.slice(0, 20).join("\n")}`,
    );
  }
}
