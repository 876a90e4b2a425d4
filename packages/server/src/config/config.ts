import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/|memory:\/\/$)/,
      "must start with postgres:// or postgresql://, or be memory://",
    )
    .optional(),
  PUBLIC_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  TRUSTED_ORIGINS: z.string().optional(),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
  LOG_REQUESTS: z.stringbool().default(false),
  RICOCHET_LANG: z.enum(["fr", "en"]).optional(),
  LANG: z.string().optional(),
});

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL URL, `memory://`, or the embedded database folder. */
  databaseUrl: string;
  publicUrl: string;
  trustedOrigins: string[];
  authSecret: string;
  secureCookies: boolean;
  bodyLimitBytes: number;
  signInRateLimit: number;
  logRequests: boolean;
  /** Language of the CLI's messages: RICOCHET_LANG, else the system's LANG, else French. */
  cliLocale: "fr" | "en";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide / invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads the configuration once, at start. Nothing else in the code reads `process.env`.
 * Without AUTH_SECRET, a random secret is created in the data folder on first start, so
 * the zero-setup path keeps sessions across restarts; production must set one.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new ConfigError(["AUTH_SECRET: required in production (at least 32 random characters)"]);
  }
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const extraOrigins = (e.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? join(dataDir, "pglite"),
    publicUrl,
    trustedOrigins: [new URL(publicUrl).origin, ...extraOrigins],
    authSecret: e.AUTH_SECRET ?? localSecret(dataDir, e.DATABASE_URL === "memory://"),
    secureCookies: publicUrl.startsWith("https://"),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    logRequests: e.LOG_REQUESTS,
    cliLocale: e.RICOCHET_LANG ?? (e.LANG?.startsWith("en") ? "en" : "fr"),
  };
}

function localSecret(dataDir: string, ephemeral: boolean): string {
  if (ephemeral) return randomBytes(32).toString("base64url");
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
