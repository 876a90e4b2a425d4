import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { networkFrameworks } from "./network-frameworks.ts";
import { organisations } from "./organisations.ts";

/** An evaluation (« démarche d'évaluation ») and the scope of its step 1. */
export const evaluations = pgTable(
  "evaluations",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    subject: text("subject"),
    subjectKind: text("subject_kind", { enum: ["activity", "programme", "organisation"] }).notNull(),
    purposes: text("purposes").array().notNull().default(sql`'{}'::text[]`),
    audiences: text("audiences").array().notNull().default(sql`'{}'::text[]`),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    territory: text("territory"),
    steeringCommittee: jsonb("steering_committee")
      .$type<Array<{ name: string; role?: string | null }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evaluations_org_idx").on(t.organisationId)],
);

/**
 * Step 1's evaluative questions; the framework hangs criteria under them. A question copied from
 * a network framework names it and its key there (null = the evaluation's own): it is locked.
 */
export const evaluationQuestions = pgTable(
  "evaluation_questions",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    // Set null if the network framework ever disappears: the question stays, as the member's own.
    networkFrameworkId: text("network_framework_id").references(() => networkFrameworks.id, {
      onDelete: "set null",
    }),
    sourceKey: text("source_key"),
  },
  (t) => [index("evaluation_questions_eval_idx").on(t.evaluationId)],
);

/** The status and ticked checklist of each step of the guided path. */
export const evaluationSteps = pgTable(
  "evaluation_steps",
  {
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    step: text("step", {
      enum: ["scope", "stakeholders", "theory_of_change", "framework", "collection", "analysis", "reporting"],
    }).notNull(),
    status: text("status", { enum: ["not_started", "in_progress", "done"] })
      .notNull()
      .default("not_started"),
    checked: text("checked").array().notNull().default(sql`'{}'::text[]`),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedByUserId: text("completed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.evaluationId, t.step] }),
    index("evaluation_steps_org_idx").on(t.organisationId),
  ],
);

export const stakeholders = pgTable(
  "stakeholders",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    estimatedSize: integer("estimated_size"),
    involvement: text("involvement").notNull(),
    expectedChanges: text("expected_changes"),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("stakeholders_eval_name_idx").on(t.evaluationId, sql`lower(${t.name})`)],
);

export const activities = pgTable(
  "activities",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("activities_eval_name_idx").on(t.evaluationId, sql`lower(${t.name})`)],
);

/** What a stakeholder brings to an activity: the extended value chain, and later the SROI inputs. */
export const contributions = pgTable(
  "contributions",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    stakeholderId: text("stakeholder_id")
      .notNull()
      .references(() => stakeholders.id, { onDelete: "cascade" }),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["money", "volunteer_time", "staff_time", "in_kind"] }).notNull(),
    amount: numeric("amount", { precision: 14, scale: 2 }),
    hours: numeric("hours", { precision: 14, scale: 2 }),
    hourlyValue: numeric("hourly_value", { precision: 14, scale: 2 }),
    description: text("description"),
    valueSource: text("value_source"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contributions_eval_idx").on(t.evaluationId)],
);
