import { createServer } from "node:net";
import { loadConfig, openRuntime, seedDemo, startHttpServer } from "@ricochet/server";

export interface TestServer {
  /** The origin to open pages on (PUBLIC_URL: the trusted origin). */
  baseUrl: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server in-process on a free port with an in-memory database and the built SPA;
 * `demo` seeds the demo data first, as `npm start` does on an empty database.
 */
export async function startTestServer(options: { demo?: boolean } = {}): Promise<TestServer> {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: "memory://",
    AUTH_SECRET: "Vb7Qn2Kx9Lm4Rt8Zc1Wy6Hp3Jd5Fs0Ga-e2e",
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    HOST: "127.0.0.1",
    SIGN_IN_RATE_LIMIT: "1000",
  });
  const runtime = await openRuntime(config);
  if (options.demo) await seedDemo(runtime.database.db, runtime.auth, config.publicUrl);
  const server = await startHttpServer(runtime);
  return {
    baseUrl: `http://localhost:${port}`,
    close: async () => {
      await server.close();
      await runtime.database.close();
    },
  };
}
