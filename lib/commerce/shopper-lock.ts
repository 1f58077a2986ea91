/**
 * Runs one task at a time per key (the shopper's user id), in arrival order. Cart mutations read the cart and then
 * write it, and the API answers each write with the whole cart: two interleaved writes would lose one of them. This
 * queues them within one server process; the browser's action queue already sends one tab's actions one by one.
 */
const tails = new Map<string, Promise<unknown>>();

export function withShopperLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  // The queue continues whether this task succeeds or fails; the key is dropped once nothing waits on it.
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
