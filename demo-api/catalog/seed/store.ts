/** Store-wide settings: who the shop is and the policies it shows shoppers. */
export const STORE_SEED = {
  name: "Aurora Goods",
  /** File in demo-api/images drawn by the artwork script. */
  logoFileName: "aurora-goods-logo.webp",
  currency: { name: "Indian Rupee", code: "INR", symbol: "₹" },
  termsOfService: {
    title: "Terms of Service",
    content: [
      "Aurora Goods is a demo store. No real orders are placed, no payments are taken and nothing will be shipped.",
      "Prices are shown in Indian Rupees and include GST. Product availability, prices and offers may change without notice.",
      "By using this store you agree that it exists to show how a Commerce Engine storefront works.",
    ].join("\n\n"),
  },
  refundPolicy: {
    title: "Returns & Refunds",
    content: [
      "Changed your mind? Unused items in their original packaging can be returned within 15 days of delivery for a full refund.",
      "Refunds go back to the original payment method within 5 to 7 working days of the return reaching our warehouse.",
      "Candles that have been burned and socks that have been worn cannot be returned for hygiene reasons.",
    ].join("\n\n"),
  },
} as const;
