import os from "node:os";

const PAGE_BYTES = 4096;

/** One line about the machine the figures come from, with how fast it hands out fresh memory. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const pageCost = freshPageMicroseconds().toFixed(2);
  return (
    `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${memory}, ${os.type()} ${os.release()}, ` +
    `Node ${process.version}; fresh memory ${pageCost} µs per 4 KiB page (usual hardware: under 0.5)`
  );
}

/**
 * The time the operating system takes to give this process one page of memory it has not touched before, median of
 * three rounds over 64 MiB. A browser touches tens of thousands of such pages to load a page. Some virtual machines
 * take 10 µs or more for each (the host backs guest memory lazily). That adds up to a few hundred milliseconds to a
 * page load, which no CPU benchmark sees; the part on the page's main thread Lighthouse counts four times over as
 * blocking time.
 */
function freshPageMicroseconds(): number {
  const bytes = 64 * 2 ** 20;
  const rounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    // Zero-filled by the allocator with fresh pages from the system, so each write below is a page's first touch.
    const buffer = Buffer.alloc(bytes);
    for (let offset = 0; offset < bytes; offset += PAGE_BYTES) buffer[offset] = 1;
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / (bytes / PAGE_BYTES));
  }
  return rounds.sort((a, b) => a - b)[1]!;
}
