/** Liveness probe for load balancers and the test runner; it never touches the session or the API. */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
