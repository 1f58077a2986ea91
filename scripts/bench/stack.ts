import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** `next start` on the existing build, with the demo API beside it (or the one already running). */
export interface Stack {
  origin: string;
  demoApiOrigin: string;
  stop(): Promise<void>;
}

export async function startStack({ port }: { port: number }): Promise<Stack> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(join(distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first (the benchmark builds nothing).`);
  }
  const demoApiPort = Number(process.env.DEMO_API_PORT || 4010);
  const child = spawn("npx", ["tsx", "scripts/with-demo-api.ts", "next", "start", "-p", String(port)], {
    env: { ...process.env, PORT: String(port), DEMO_API_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it reaches next-server too (npx does not pass signals on).
    detached: true,
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const origin = `http://localhost:${port}`;
  await waitForHealth(`${origin}/api/health`, child, output);
  return {
    origin,
    demoApiOrigin: `http://127.0.0.1:${demoApiPort}`,
    stop: () => stopChild(child),
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output.join("")}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} within 60 s:\n${output.join("")}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.pid === undefined) return resolve();
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return resolve(); // the group is gone already
    }
    // Wait for the servers in the group, not just npx, so the ports are free when this returns.
    const poll = setInterval(() => {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        clearInterval(poll);
        resolve();
      }
    }, 100);
  });
}
