/**
 * Runs a command (next dev / build / start) with the local demo API beside it when the
 * storefront is in demo mode (no CE_STORE_ID and no CE_API_URL). With a real store configured
 * it just runs the command.
 *
 *   tsx scripts/with-demo-api.ts next dev
 */
import { spawn } from "node:child_process";
import { startDemoApi, type RunningDemoApi } from "../demo-api/app";
import { readDemoApiConfig } from "../demo-api/config";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-demo-api.ts <command> [args...]");
  process.exit(2);
}

const demoMode = !process.env.CE_STORE_ID && !process.env.CE_API_URL;
let demoApi: RunningDemoApi | null = null;

if (demoMode) {
  const config = readDemoApiConfig();
  if (await demoApiAlreadyRunning(config.host, config.port)) {
    console.log(`Using the demo API already running on ${config.host}:${config.port}`);
  } else {
    demoApi = await startDemoApi(config).catch((error: unknown) => {
      console.error(`Could not start the demo API on ${config.host}:${config.port}: ${String(error)}`);
      console.error("Set DEMO_API_PORT to a free port, or stop whatever is using it.");
      process.exit(1);
    });
    console.log(`Demo store: Commerce Engine demo API at ${demoApi.baseUrl}`);
  }
}

const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
const stop = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code, signal) => {
  void (demoApi?.close() ?? Promise.resolve()).then(() => process.exit(code ?? (signal ? 1 : 0)));
});

async function demoApiAlreadyRunning(host: string, port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}/__demo/stats`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
