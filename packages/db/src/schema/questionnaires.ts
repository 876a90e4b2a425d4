import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { evaluations } from "./evaluations.ts";

/** A questionnaire definition as the domain's QuestionnaireDefinition describes it. */
export type StoredQuestionnaireDefinition = { pages: unknown[]; choiceLists: unknown[] } & Record<
  string,
  unknown
>;

/**
 * A questionnaire of an evaluation: a draft edited in the builder (saved whole, with a revision
 * against lost updates) and its published versions.
 */
export const questionnaires = pgTable(
  "questionnaires",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    draft: jsonb("draft").$type<StoredQuestionnaireDefinition>().notNull(),
    draftRevision: integer("draft_revision").notNull().default(1),
    /** The newest published version number; null while never published. */
    currentVersion: integer("current_version"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("questionnaires_eval_idx").on(t.evaluationId),
    index("questionnaires_org_idx").on(t.organisationId),
  ],
);

/**
 * A published version: the definition and its compiled form (parsed expressions, calculation
 * order), frozen. Answers keep the version they were given on; it is never recompiled.
 */
export const questionnaireVersions = pgTable(
  "questionnaire_versions",
  {
    id: text("id").primaryKey(),
    questionnaireId: text("questionnaire_id")
      .notNull()
      .references(() => questionnaires.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").notNull(),
    version: integer("version").notNull(),
    compiled: jsonb("compiled").$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of the compiled JSON: what a respondent's device checks its cached copy against. */
    contentHash: text("content_hash").notNull(),
    publishedByUserId: text("published_by_user_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("questionnaire_versions_q_version_idx").on(t.questionnaireId, t.version),
    index("questionnaire_versions_org_idx").on(t.organisationId),
  ],
);
