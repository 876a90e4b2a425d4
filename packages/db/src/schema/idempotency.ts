import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Requests sent with an `Idempotency-Key` header, per user: a retry of the same request gets the
 * stored answer instead of writing twice. Rows older than a day are purged.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    // Null while the first request is still running.
    status: integer("status"),
    // Null when the answer held a one-time secret (Cache-Control: no-store): it is not kept.
    responseBody: text("response_body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
