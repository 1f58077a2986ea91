import { describe, expect, it } from "vitest";
import { withShopperLock } from "./shopper-lock";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("withShopperLock", () => {
  it("runs one shopper's tasks one after another, in order", async () => {
    let quantity = 0;
    const seen: number[] = [];
    // Read, wait, write: without the lock all five read 0 and the result is 1.
    const add = () =>
      withShopperLock("shopper-a", async () => {
        const read = quantity;
        await tick();
        quantity = read + 1;
        seen.push(quantity);
      });
    await Promise.all([add(), add(), add(), add(), add()]);
    expect(quantity).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps going after a task fails, and passes the failure to its caller", async () => {
    const failing = withShopperLock("shopper-b", async () => {
      await tick();
      throw new Error("API said no");
    });
    const next = withShopperLock("shopper-b", async () => "ran");
    await expect(failing).rejects.toThrow("API said no");
    await expect(next).resolves.toBe("ran");
  });

  it("does not make different shoppers wait for each other", async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const slow = withShopperLock("shopper-c", () => new Promise<void>((resolve) => (release = resolve)));
    await withShopperLock("shopper-d", async () => {
      order.push("d");
    });
    order.push("after d");
    release();
    await slow;
    expect(order).toEqual(["d", "after d"]);
  });
});
