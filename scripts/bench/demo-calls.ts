/** The demo API's call counters: how many calls the storefront made, per operation. */
export async function resetCalls(demoApiOrigin: string): Promise<void> {
  await fetch(`${demoApiOrigin}/__demo/stats/reset`, { method: "POST" });
}

export async function callsSince(demoApiOrigin: string, filter: (operation: string) => boolean): Promise<number> {
  const { calls } = (await (await fetch(`${demoApiOrigin}/__demo/stats`)).json()) as { calls: Record<string, number> };
  return Object.entries(calls)
    .filter(([operation]) => filter(operation))
    .reduce((total, [, count]) => total + count, 0);
}
