import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type Database, openDb } from "@ricochet/db";
import { type Auth, createAuth } from "./auth/create-auth.ts";
import type { Config } from "./config/config.ts";
import { createApp } from "./http/create-app.ts";
import { syncBuiltInIndicators } from "./services/indicators/sync-built-in-indicators.ts";

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface Runtime {
  config: Config;
  database: Database;
  auth: Auth;
}

/** Opens and migrates the database and builds the auth instance: what every entry point needs. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const database = await openDb(config.databaseUrl);
  await database.migrate();
  await syncBuiltInIndicators(database.db);
  return { config, database, auth: createAuth(database.db, config) };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startHttpServer(runtime: Runtime, webRoot = WEB_DIST): Promise<RunningServer> {
  const app = createApp({ db: runtime.database.db, auth: runtime.auth, config: runtime.config }, { webRoot });
  return new Promise((resolvePromise, reject) => {
    const server = serve(
      { fetch: app.fetch, port: runtime.config.port, hostname: runtime.config.host },
      (info) => {
        resolvePromise({
          url: `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      },
    );
    server.once("error", (error: NodeJS.ErrnoException) => {
      const { port, host } = runtime.config;
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Le port ${port} est déjà utilisé sur ${host} : arrêtez l'autre programme ou choisissez PORT=… / ` +
                `port ${port} is already in use on ${host}: stop the other program or set PORT=…`,
            )
          : error,
      );
    });
  });
}
