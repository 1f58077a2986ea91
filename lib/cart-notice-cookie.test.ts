import { describe, expect, it } from "vitest";
import { afterView, freshNotice, noticePayload } from "./cart-notice-cookie";

describe("the cart notice cookie", () => {
  it("is shown on the view that marks it seen, and gone on the next", () => {
    const fresh = freshNotice('{"tone":"done"}');
    expect(noticePayload(fresh)).toBe('{"tone":"done"}');
    const seen = afterView(fresh);
    // The view that marks it seen still shows it (the page reads what the middleware set)...
    expect(seen && noticePayload(seen)).toBe('{"tone":"done"}');
    // ...and the next view deletes it.
    expect(afterView(seen!)).toBeNull();
  });

  it("ignores values it did not write", () => {
    expect(noticePayload('{"tone":"done"}')).toBeNull();
    expect(afterView("anything")).toBeNull();
  });
});
