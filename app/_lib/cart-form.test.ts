import { describe, expect, it } from "vitest";
import { noticeState, readCartLine, readCouponCode } from "./cart-form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("readCartLine", () => {
  it("reads a product, an optional variant and a quantity", () => {
    expect(readCartLine(form({ product_id: " p1 ", variant_id: "v1", quantity: "3" }), { allowZero: false })).toEqual({
      ok: true,
      value: { productId: "p1", variantId: "v1", quantity: 3 },
    });
    expect(readCartLine(form({ product_id: "p1", variant_id: "" }), { allowZero: false })).toEqual({
      ok: true,
      value: { productId: "p1", variantId: null, quantity: 1 },
    });
  });

  it("allows 0 only where it means remove", () => {
    expect(readCartLine(form({ product_id: "p1", quantity: "0" }), { allowZero: true }).ok).toBe(true);
    const add = readCartLine(form({ product_id: "p1", quantity: "0" }), { allowZero: false });
    expect(add).toEqual({ ok: false, message: "Choose a quantity from 1 to 10,000." });
  });

  it.each([["-1"], ["1.5"], ["1e3"], ["abc"], ["10001"], ["9".repeat(400)], ["٣"]])(
    "refuses the quantity %s with a message",
    (quantity) => {
      const result = readCartLine(form({ product_id: "p1", quantity }), { allowZero: true });
      expect(result.ok).toBe(false);
    },
  );

  it("refuses a missing or absurd product id", () => {
    expect(readCartLine(form({ quantity: "1" }), { allowZero: false }).ok).toBe(false);
    expect(readCartLine(form({ product_id: "x".repeat(101) }), { allowZero: false }).ok).toBe(false);
    expect(readCartLine(form({ product_id: "p1", variant_id: "v".repeat(101) }), { allowZero: false }).ok).toBe(false);
  });
});

describe("readCouponCode", () => {
  it("trims and upper-cases a code", () => {
    expect(readCouponCode(form({ coupon_code: "  welcome10 " }))).toEqual({ ok: true, value: "WELCOME10" });
  });

  it.each([
    ["", "Enter a coupon code."],
    ["   ", "Enter a coupon code."],
    ["WEL COME", "Coupon codes are letters and numbers, like WELCOME10."],
    ["<script>", "Coupon codes are letters and numbers, like WELCOME10."],
    ["A".repeat(65), "Coupon codes are letters and numbers, like WELCOME10."],
  ])("explains what is wrong with %j", (code, message) => {
    expect(readCouponCode(form({ coupon_code: code }))).toEqual({ ok: false, message });
  });
});

describe("noticeState", () => {
  it("shows a notice only on the form it answers", () => {
    const notice = { tone: "error" as const, message: "Coupon NOPE is not valid", form: "coupon" as const };
    expect(noticeState(notice, "coupon")).toEqual({ status: "error", message: "Coupon NOPE is not valid", id: 0 });
    expect(noticeState(notice, "line")).toEqual({ status: "idle" });
    expect(noticeState(null, "coupon")).toEqual({ status: "idle" });
  });
});
