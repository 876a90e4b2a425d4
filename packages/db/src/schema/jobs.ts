import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * Durable background work (imports, exports, reports): it survives a restart, is retried with
 * backoff, reports progress and can be cancelled. Works on PGlite and on PostgreSQL alike.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: text("organisation_id"),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    status: text("status", { enum: ["queued", "running", "succeeded", "failed", "cancelled"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(3),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    // Refreshed by each progress report: a running job whose lease is old belongs to a dead worker.
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lockedBy: text("locked_by"),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    progress: real("progress"),
    progressMessage: jsonb("progress_message").$type<{ fr: string; en: string }>(),
    result: jsonb("result").$type<unknown>(),
    error: text("error"),
    createdByUserId: text("created_by_user_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("jobs_queue_idx").on(t.runAt, t.id).where(sql`${t.status} = 'queued'`),
    index("jobs_org_idx").on(t.organisationId, t.createdAt.desc()),
  ],
);
