import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Who changed what, when. Rows are never updated; they outlive the user and the
 * organisation they mention, hence no foreign keys.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: text("organisation_id"),
    actorUserId: text("actor_user_id"),
    // A readable name frozen at the time of the event ("Camille Martin", "cli").
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_org_created_idx").on(t.organisationId, t.createdAt.desc())],
);
