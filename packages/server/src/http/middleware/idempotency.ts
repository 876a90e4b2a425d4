import { createHash } from "node:crypto";
import { type Db, idempotencyKeys } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq, lt } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { problem } from "../problem.ts";

const HEADER = "idempotency-key";
const KEEP_MS = 24 * 3600_000;
// A first request that never finished (the process died) stops blocking retries after this.
const ABANDONED_MS = 60_000;

/**
 * A write sent with `Idempotency-Key` is performed once per signed-in user and key: a retry
 * (lost connection, double click) gets the first answer back with `Idempotent-Replayed: true`.
 * Answers marked `Cache-Control: no-store` hold one-time secrets and are not kept.
 */
export function idempotencyMiddleware(db: Db) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header(HEADER);
    const actor = c.get("actor");
    if (!key || c.req.method === "GET" || actor?.type !== "user") return next();
    if (key.length > 200) {
      return problem(
        c,
        new AppError("VALIDATION_FAILED", {}, [
          {
            path: "Idempotency-Key",
            message: { fr: "200 caractères au plus", en: "at most 200 characters" },
          },
        ]),
      );
    }
    const requestHash = createHash("sha256")
      .update(`${c.req.method} ${new URL(c.req.url).pathname}\n`)
      .update(await c.req.text())
      .digest("hex");
    const now = Date.now();
    const where = and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key));

    const [existing] = await db.select().from(idempotencyKeys).where(where);
    const stale =
      existing &&
      (existing.createdAt.getTime() < now - KEEP_MS ||
        (existing.status === null && existing.createdAt.getTime() < now - ABANDONED_MS));
    if (existing && !stale) {
      if (existing.requestHash !== requestHash) return problem(c, new AppError("IDEMPOTENCY_KEY_REUSED"));
      if (existing.status === null) return problem(c, new AppError("IDEMPOTENCY_IN_PROGRESS"));
      if (existing.responseBody === null) return problem(c, new AppError("IDEMPOTENCY_REPLAY_UNAVAILABLE"));
      return new Response(existing.status === 204 ? null : existing.responseBody, {
        status: existing.status,
        headers: { "content-type": "application/json", "idempotent-replayed": "true" },
      });
    }
    if (stale) await db.delete(idempotencyKeys).where(where);
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ userId: actor.userId, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) return problem(c, new AppError("IDEMPOTENCY_IN_PROGRESS"));

    try {
      await next();
    } catch (error) {
      await db.delete(idempotencyKeys).where(where);
      throw error;
    }
    const response = c.res;
    if (response.status >= 500) {
      await db.delete(idempotencyKeys).where(where);
      return;
    }
    const secret = /no-store/.test(response.headers.get("cache-control") ?? "");
    await db
      .update(idempotencyKeys)
      .set({ status: response.status, responseBody: secret ? null : await response.clone().text() })
      .where(where);
    // Housekeeping, cheap with the primary key: forget this user's keys older than a day.
    await db
      .delete(idempotencyKeys)
      .where(
        and(eq(idempotencyKeys.userId, actor.userId), lt(idempotencyKeys.createdAt, new Date(now - KEEP_MS))),
      );
  });
}
