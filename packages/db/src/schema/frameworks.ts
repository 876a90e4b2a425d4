import { sql } from "drizzle-orm";
import { date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { evaluationQuestions, evaluations } from "./evaluations.ts";
import { indicatorVersions } from "./indicators.ts";
import { networkFrameworks } from "./network-frameworks.ts";

// Items copied from a network framework carry its id and their key in its versions (null =
// the evaluation's own); the member cannot move, rename, remove or upgrade them.
const networkOrigin = () => ({
  networkFrameworkId: text("network_framework_id").references(() => networkFrameworks.id, {
    onDelete: "set null",
  }),
  sourceKey: text("source_key"),
});

/** A criterion under an evaluative question: relevance, effectiveness, efficiency, impact or custom. */
export const frameworkCriteria = pgTable(
  "framework_criteria",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    questionId: text("question_id")
      .notNull()
      .references(() => evaluationQuestions.id, { onDelete: "restrict" }),
    kind: text("kind", {
      enum: ["relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability", "custom"],
    }).notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull(),
    ...networkOrigin(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("framework_criteria_eval_idx").on(t.evaluationId)],
);

/**
 * An indicator of an evaluation's framework: it pins one version of a library definition, with
 * the evaluation's own baseline and target, and the theory-of-change outcomes it measures.
 */
export const frameworkIndicators = pgTable(
  "framework_indicators",
  {
    id: text("id").primaryKey(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    // Null while the indicator is chosen but not yet placed under a criterion.
    criterionId: text("criterion_id").references(() => frameworkCriteria.id, { onDelete: "set null" }),
    // Restrict: a pinned version cannot disappear under an evaluation.
    indicatorVersionId: text("indicator_version_id")
      .notNull()
      .references(() => indicatorVersions.id, { onDelete: "restrict" }),
    baselineValue: numeric("baseline_value"),
    baselineDate: date("baseline_date", { mode: "string" }),
    baselineNote: text("baseline_note"),
    targetValue: numeric("target_value"),
    targetDate: date("target_date", { mode: "string" }),
    outcomeNodeIds: text("outcome_node_ids").array().notNull().default(sql`'{}'::text[]`),
    position: integer("position").notNull(),
    ...networkOrigin(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("framework_indicators_eval_idx").on(t.evaluationId),
    index("framework_indicators_version_idx").on(t.indicatorVersionId),
    uniqueIndex("framework_indicators_eval_version_idx").on(t.evaluationId, t.indicatorVersionId),
  ],
);
