import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { evaluations } from "./evaluations.ts";

/** The graph as the domain's ZTocGraph describes it; validated before every write. */
export type StoredTocGraph = { nodes: unknown[]; edges: unknown[] };

/**
 * The working theory of change of an evaluation: one graph document, saved whole by the editor.
 * `revision` guards against two people overwriting each other.
 */
export const theoriesOfChange = pgTable("theories_of_change", {
  evaluationId: text("evaluation_id")
    .primaryKey()
    .references(() => evaluations.id, { onDelete: "cascade" }),
  organisationId: text("organisation_id").notNull(),
  graph: jsonb("graph").$type<StoredTocGraph>().notNull().default(sql`'{"nodes":[],"edges":[]}'::jsonb`),
  revision: integer("revision").notNull().default(0),
  templateKey: text("template_key"),
  updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A saved version: a frozen copy of the graph, numbered, to compare and to put in reports. */
export const theoryOfChangeVersions = pgTable(
  "theory_of_change_versions",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    number: integer("number").notNull(),
    label: text("label").notNull(),
    graph: jsonb("graph").$type<StoredTocGraph>().notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("toc_versions_eval_number_idx").on(t.evaluationId, t.number),
    index("toc_versions_org_idx").on(t.organisationId),
  ],
);
