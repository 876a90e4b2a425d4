import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { campaigns } from "./campaigns.ts";
import { evaluations } from "./evaluations.ts";
import { questionnaireVersions } from "./questionnaires.ts";

/** The consent the respondent gave, stored with the answers (GDPR art. 9 for health and disability). */
export type StoredConsent = { given: boolean; at: string; noticeHash: string };

/**
 * One answered questionnaire. The client's idempotency key is unique in its campaign: a retry,
 * a double click or a device sending its offline queue twice stores it once.
 */
export const submissions = pgTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    questionnaireVersionId: text("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id, { onDelete: "restrict" }),
    idempotencyKey: text("idempotency_key").notNull(),
    respondentCode: text("respondent_code"),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    consent: jsonb("consent").$type<StoredConsent | null>(),
    source: text("source", { enum: ["web", "staff", "import"] }).notNull(),
    language: text("language").notNull(),
    easyRead: boolean("easy_read").notNull().default(false),
    startedAt: timestamp("started_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    enteredByUserId: text("entered_by_user_id").references(() => users.id, { onDelete: "set null" }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedByUserId: text("deleted_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("submissions_campaign_key_idx").on(t.campaignId, t.idempotencyKey),
    index("submissions_campaign_received_idx").on(t.campaignId, t.receivedAt),
    index("submissions_org_idx").on(t.organisationId),
    index("submissions_eval_code_idx")
      .on(t.evaluationId, t.respondentCode)
      .where(sql`${t.respondentCode} is not null`),
  ],
);

/** A correction of a submission: the old and new value of each changed answer, who, when, why. */
export const submissionRevisions = pgTable(
  "submission_revisions",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    changes: jsonb("changes").$type<Array<{ question: string; before: unknown; after: unknown }>>().notNull(),
    reason: text("reason"),
    changedByUserId: text("changed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("submission_revisions_submission_idx").on(t.submissionId)],
);
