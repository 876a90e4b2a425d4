import type { Database } from "@ricochet/db";
import {
  type Auth,
  type Config,
  createApp,
  createAuth,
  loadConfig,
  syncBuiltInIndicators,
} from "@ricochet/server";
import { openTestDatabase } from "./test-database.ts";

export const ORIGIN = "http://localhost:3000";
export const STRONG_PASSWORD = "Correct-Horse-42";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  auth: Auth;
  config: Config;
  close(): Promise<void>;
  /** Signs up a new person and returns a client carrying their session cookie. */
  signUp(name: string, email?: string): Promise<Client>;
  anonymous(): Client;
}

export interface Client {
  email: string;
  userId: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  patch(path: string, body?: unknown): Promise<Response>;
  delete(path: string): Promise<Response>;
}

let counter = 0;

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: "memory://",
    AUTH_SECRET: "kq3J8vR2mX9pL4tZ7wB1nC6yH0dF5sGa-test",
    SIGN_IN_RATE_LIMIT: "1000",
    ...env,
  });
  await syncBuiltInIndicators(database.db);
  const auth = createAuth(database.db, config);
  const app = createApp({ db: database.db, auth, config });

  const makeClient = (cookie: string, email: string, userId: string): Client => {
    const request = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const init: RequestInit = {
        method,
        headers: {
          origin: ORIGIN,
          ...(cookie ? { cookie } : {}),
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      };
      return app.request(path, init, { incoming: { socket: { remoteAddress: "127.0.0.1" } } });
    };
    return {
      email,
      userId,
      request,
      get: (p) => request("GET", p),
      post: (p, b) => request("POST", p, b ?? {}),
      patch: (p, b) => request("PATCH", p, b ?? {}),
      delete: (p) => request("DELETE", p),
    };
  };

  return {
    app,
    database,
    auth,
    config,
    close: () => database.close(),
    anonymous: () => makeClient("", "", ""),
    async signUp(name, email = `user${++counter}-${Date.now()}@example.org`) {
      const response = await makeClient("", email, "").post("/api/auth/sign-up/email", {
        name,
        email,
        password: STRONG_PASSWORD,
      });
      if (response.status !== 200)
        throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const body = (await response.json()) as { user: { id: string } };
      return makeClient(cookie, email, body.user.id);
    },
  };
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
