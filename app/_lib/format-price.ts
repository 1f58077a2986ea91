const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A price for display, in Indian digit grouping ("₹1,299", "₹12,49,000.50"). Whole amounts drop the paise.
 * An unknown currency code falls back to the plain number with the code in front.
 */
export function formatPrice(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  const key = `${currency}:${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat("en-IN", {
        style: "currency",
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      });
    } catch {
      return `${currency} ${amount.toLocaleString("en-IN")}`;
    }
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}
