import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { evaluations, stakeholders } from "./evaluations.ts";
import { questionnaireVersions } from "./questionnaires.ts";

/** What the respondent reads and accepts before answering (GDPR: purpose, controller, retention, rights). */
export type StoredConsentNotice = {
  purpose: string;
  controller: string;
  retention: string;
  rights: string;
  contact?: string | null;
};

/**
 * A campaign sends one questionnaire version to one stakeholder group, at one wave and arm,
 * over a period, with a target number of answers, through the channels it opens.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    // A version with answers is never deleted (restrict): the answers keep it.
    questionnaireVersionId: text("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    stakeholderId: text("stakeholder_id").references(() => stakeholders.id, { onDelete: "set null" }),
    wave: text("wave", { enum: ["single", "baseline", "follow_up", "endline"] }).notNull(),
    arm: text("arm", { enum: ["none", "treatment", "control"] }).notNull(),
    opensOn: date("opens_on", { mode: "string" }),
    closesOn: date("closes_on", { mode: "string" }),
    targetResponses: integer("target_responses"),
    status: text("status", { enum: ["draft", "open", "closed"] })
      .notNull()
      .default("draft"),
    publicLink: boolean("public_link").notNull().default(true),
    staffEntry: boolean("staff_entry").notNull().default(true),
    paperUpload: boolean("paper_upload").notNull().default(false),
    /** none: anonymous; free: the respondent types a code; panel: one of the evaluation's codes. */
    respondentCodes: text("respondent_codes", { enum: ["none", "free", "panel"] })
      .notNull()
      .default("none"),
    /** The secret of the public link (128 random bits, base64url): lets anyone answer, nothing else. */
    publicToken: text("public_token").notNull(),
    consent: jsonb("consent").$type<StoredConsentNotice>().notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("campaigns_public_token_idx").on(t.publicToken),
    index("campaigns_eval_idx").on(t.evaluationId),
    index("campaigns_org_idx").on(t.organisationId),
  ],
);

/**
 * Pseudonymous respondent codes of an evaluation's panel: the same person's baseline and
 * endline answers carry the same code. A code says nothing about the person.
 */
export const respondentCodes = pgTable(
  "respondent_codes",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    /** The batch it was generated in (to print one batch again). */
    batch: integer("batch").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("respondent_codes_eval_code_idx").on(t.evaluationId, t.code)],
);

/**
 * A respondent's progress through a public form, sent as they move from page to page, so the
 * follow-up shows where people give up. Anonymous: a random key per device and campaign.
 */
export const formSessions = pgTable(
  "form_sessions",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    sessionKey: text("session_key").notNull(),
    furthestPage: integer("furthest_page").notNull().default(0),
    completed: boolean("completed").notNull().default(false),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("form_sessions_campaign_key_idx").on(t.campaignId, t.sessionKey)],
);
