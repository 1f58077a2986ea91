import type { DemoCoupon } from "../types";

export const COUPONS: DemoCoupon[] = [
  {
    code: "WELCOME10",
    name: "Welcome offer",
    description: "10% off your first order, up to ₹500.",
    kind: "percent",
    value: 10,
    minOrderValue: 0,
    maxDiscount: 500,
  },
  {
    code: "FLAT200",
    name: "Flat ₹200 off",
    description: "₹200 off on orders of ₹999 or more.",
    kind: "flat",
    value: 200,
    minOrderValue: 999,
    maxDiscount: null,
  },
  {
    code: "BIG15",
    name: "Big basket saver",
    description: "15% off on orders of ₹4,999 or more.",
    kind: "percent",
    value: 15,
    minOrderValue: 4999,
    maxDiscount: null,
  },
  {
    code: "TEAM100",
    name: "Team order",
    description: "Staff code: the whole order is on the house.",
    kind: "percent",
    value: 100,
    minOrderValue: 0,
    maxDiscount: null,
    listed: false,
  },
];
