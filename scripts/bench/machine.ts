import os from "node:os";

/** One line about the machine the figures come from. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${memory}, ${os.type()} ${os.release()}, Node ${process.version}`;
}
