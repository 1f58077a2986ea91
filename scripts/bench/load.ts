import autocannon from "autocannon";

export interface LoadResult {
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

/** Drives one URL with autocannon and keeps the figures the report needs. */
export async function measureLoad(
  url: string,
  { headers = {}, seconds, connections }: { headers?: Record<string, string>; seconds: number; connections: number },
): Promise<LoadResult> {
  const result = await autocannon({ url, headers, duration: seconds, connections });
  return {
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
