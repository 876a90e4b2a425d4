import { z } from "zod";
import { STAKEHOLDER_CATEGORIES } from "../evaluations/evaluation-vocabulary.ts";
import { ZRespondentCode } from "./campaign.ts";
import { ZId } from "./organisation.ts";

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** An interview guide: themes, each with its main questions and their follow-up prompts. */
export const ZInterviewGuideInput = z.object({
  title: text(3, 200),
  introduction: optional(4000),
  themes: z
    .array(
      z.object({
        title: text(1, 200),
        questions: z
          .array(z.object({ text: text(3, 1000), prompts: z.array(text(1, 500)).max(20).default([]) }))
          .min(1)
          .max(30),
      }),
    )
    .min(1)
    .max(30),
});
export type TInterviewGuideInput = z.input<typeof ZInterviewGuideInput>;

export const CONSENT_FORMS = ["oral", "written"] as const;

/**
 * One interview held: never the person's name, only a category and a pseudonymous code; the
 * transcript (typed, or the text of an uploaded file) is kept for qualitative coding.
 */
export const ZInterviewInput = z.object({
  guideId: ZId.nullish(),
  heldOn: z.iso.date(),
  interviewer: text(2, 160),
  stakeholderCategory: z.enum(STAKEHOLDER_CATEGORIES),
  respondentCode: ZRespondentCode.nullish(),
  consentGiven: z.enum(CONSENT_FORMS),
  notes: optional(20_000),
  transcript: optional(500_000),
  transcriptFileName: optional(200),
});
export type TInterviewInput = z.input<typeof ZInterviewInput>;
