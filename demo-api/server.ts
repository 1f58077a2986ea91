import { startDemoApi } from "./app";
import { readDemoApiConfig } from "./config";

const config = readDemoApiConfig();
const api = await startDemoApi(config).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Demo API could not start on ${config.host}:${config.port}: ${reason}`);
  process.exit(1);
});
console.log(`Demo Commerce Engine API ready at ${api.baseUrl} (API key: ${config.apiKey})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void api.close().then(() => process.exit(0)));
}
