import { date, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { evaluations } from "./evaluations.ts";

/** Themes of an interview guide, each with its main questions and their follow-up prompts. */
export type StoredGuideThemes = Array<{
  title: string;
  questions: Array<{ text: string; prompts: string[] }>;
}>;

/** An interview guide (guide d'entretien) of an evaluation. */
export const interviewGuides = pgTable(
  "interview_guides",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    introduction: text("introduction"),
    themes: jsonb("themes").$type<StoredGuideThemes>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("interview_guides_eval_idx").on(t.evaluationId)],
);

/**
 * One interview held: who led it, with whom (a stakeholder category and a pseudonymous code,
 * never a name), the recorded consent, notes and the transcript kept for qualitative coding.
 */
export const interviews = pgTable(
  "interviews",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id").notNull(),
    evaluationId: text("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    guideId: text("guide_id").references(() => interviewGuides.id, { onDelete: "set null" }),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    interviewer: text("interviewer").notNull(),
    stakeholderCategory: text("stakeholder_category").notNull(),
    respondentCode: text("respondent_code"),
    consentGiven: text("consent_given", { enum: ["oral", "written"] }).notNull(),
    notes: text("notes"),
    transcript: text("transcript"),
    transcriptFileName: text("transcript_file_name"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("interviews_eval_idx").on(t.evaluationId),
    index("interviews_org_code_idx").on(t.organisationId, t.respondentCode),
  ],
);
