/** Counts calls per operation (`METHOD /path/{template}`) so tests can prove what the storefront asked for. */
export class CallStats {
  private calls: Record<string, number> = {};

  record(operation: string): void {
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
  }

  snapshot(): Record<string, number> {
    return { ...this.calls };
  }

  reset(): void {
    this.calls = {};
  }
}
