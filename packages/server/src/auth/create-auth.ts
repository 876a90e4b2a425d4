import { authSchema, type Db } from "@ricochet/db";
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@ricochet/domain";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Config } from "../config/config.ts";
import { recordAuditEvent } from "../services/audit/record-audit-event.ts";
import { newId } from "../services/new-id.ts";

/** The header the HTTP layer fills with the socket's address, overwriting whatever a client sent. */
export const CLIENT_IP_HEADER = "x-ricochet-client-ip";

type AuthConfig = Pick<
  Config,
  "publicUrl" | "authSecret" | "trustedOrigins" | "secureCookies" | "signInRateLimit"
>;

export function createAuth(db: Db, config: AuthConfig) {
  return betterAuth({
    appName: "Ricochet",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.authSecret,
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, { provider: "pg", schema: authSchema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "fr", input: true },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // A signed cookie spares a database read per request; a revoked session ends within a minute.
      cookieCache: { enabled: true, maxAge: 60 },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInRateLimit },
        "/sign-up/email": { window: 60, max: config.signInRateLimit },
      },
    },
    advanced: {
      useSecureCookies: config.secureCookies,
      cookiePrefix: "ricochet",
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => newId() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email") return;
        const body = (ctx.body ?? {}) as { password?: unknown; email?: unknown };
        if (typeof body.password !== "string") return;
        const verdict = checkPassword(body.password, typeof body.email === "string" ? body.email : undefined);
        if (!verdict.ok) {
          throw new APIError("BAD_REQUEST", {
            code: "WEAK_PASSWORD",
            message: verdict.reasons.map((r) => r.en).join("; "),
            reasons: verdict.reasons,
          });
        }
      }),
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await recordAuditEvent(
              db,
              { type: "user", userId: user.id, name: user.name, email: user.email },
              { organisationId: null, action: "user.signed_up", targetType: "user", targetId: user.id },
            );
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
