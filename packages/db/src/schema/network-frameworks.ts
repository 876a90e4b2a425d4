import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { evaluations } from "./evaluations.ts";
import { organisations } from "./organisations.ts";

/**
 * What one published version holds (see NetworkFrameworkContent in the domain): questions →
 * criteria → indicators, each indicator pinned to one version of a library definition. Keys are
 * stable across versions so that a member's evaluation can be brought from one to the next.
 */
export type StoredNetworkFrameworkContent = { questions: unknown[] };

/**
 * A framework (référentiel) a network or regional body publishes for its members: the same
 * questions, criteria and pinned indicators in every member's evaluation, so results compare.
 */
export const networkFrameworks = pgTable(
  "network_frameworks",
  {
    id: text("id").primaryKey(),
    // The publisher: a network or a regional body; its whole subtree may adopt.
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    currentVersion: integer("current_version").notNull().default(1),
    // The publisher's own evaluation the versions were taken from (kept if it is deleted).
    sourceEvaluationId: text("source_evaluation_id").references(() => evaluations.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_frameworks_org_idx").on(t.organisationId)],
);

/** A published version: a frozen snapshot, never edited; the next publication makes version n+1. */
export const networkFrameworkVersions = pgTable(
  "network_framework_versions",
  {
    id: text("id").primaryKey(),
    networkFrameworkId: text("network_framework_id")
      .notNull()
      .references(() => networkFrameworks.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    version: integer("version").notNull(),
    content: jsonb("content").$type<StoredNetworkFrameworkContent>().notNull(),
    changeNote: text("change_note"),
    publishedByUserId: text("published_by_user_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("network_framework_versions_fw_version_idx").on(t.networkFrameworkId, t.version),
    index("network_framework_versions_org_idx").on(t.organisationId),
  ],
);

/**
 * A member's evaluation follows a network framework at one version. `organisation_id` is the
 * member's: the network reads only counts of these rows, never the evaluations behind them.
 */
export const frameworkAdoptions = pgTable(
  "framework_adoptions",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    networkFrameworkId: text("network_framework_id")
      .notNull()
      .references(() => networkFrameworks.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    adoptedAt: timestamp("adopted_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("framework_adoptions_eval_fw_idx").on(t.evaluationId, t.networkFrameworkId),
    index("framework_adoptions_fw_idx").on(t.networkFrameworkId),
    index("framework_adoptions_org_idx").on(t.organisationId),
  ],
);
