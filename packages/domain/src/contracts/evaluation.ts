import { z } from "zod";
import { bilingualMessage } from "../errors/validation.ts";
import {
  CONTRIBUTION_KIND_LABELS,
  CONTRIBUTION_KINDS,
  EVALUATION_PURPOSES,
  EVALUATION_SUBJECT_KINDS,
  INVOLVEMENT_LEVELS,
  STAKEHOLDER_CATEGORIES,
} from "../evaluations/evaluation-vocabulary.ts";
import { EVALUATION_STEPS, STEP_STATUSES } from "../evaluations/steps.ts";
import { ZId } from "./organisation.ts";

const ZIsoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
/** A decimal amount with at most two places, positive; numbers and strings with , or . accepted. */
export const ZAmount = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (typeof v === "number" ? v.toFixed(2) : v.replace(",", ".")))
  .pipe(
    z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, {
      error: bilingualMessage(
        "Un nombre positif avec au plus deux décimales est attendu.",
        "A positive number with at most two decimals is expected.",
      ),
    }),
  );

export const ZCreateEvaluation = z.object({
  title: text(160).min(3),
  subject: text(2000).nullish(),
  subjectKind: z.enum(EVALUATION_SUBJECT_KINDS).default("programme"),
});
export type TCreateEvaluation = z.input<typeof ZCreateEvaluation>;

export const ZSteeringMember = z.object({
  name: text(120).min(1),
  role: text(160).nullish(),
});

export const ZEvaluationScope = z
  .object({
    title: text(160).min(3),
    subject: text(2000).nullable(),
    subjectKind: z.enum(EVALUATION_SUBJECT_KINDS),
    purposes: z.array(z.enum(EVALUATION_PURPOSES)).max(2),
    audiences: z.array(text(120).min(1)).max(20),
    periodStart: ZIsoDate.nullable(),
    periodEnd: ZIsoDate.nullable(),
    territory: text(160).nullable(),
    steeringCommittee: z.array(ZSteeringMember).max(40),
    /** The evaluative questions; an `id` keeps an existing one (and what hangs under it). */
    questions: z.array(z.object({ id: ZId.optional(), text: text(500).min(3) })).max(30),
  })
  .partial()
  .refine((s) => !s.periodStart || !s.periodEnd || s.periodStart <= s.periodEnd, {
    path: ["periodEnd"],
    error: bilingualMessage(
      "La fin de la période précède son début.",
      "The end of the period is before its start.",
    ),
  });
export type TEvaluationScope = z.input<typeof ZEvaluationScope>;

export const ZUpdateStep = z
  .object({
    status: z.enum(STEP_STATUSES),
    checked: z.array(z.string().regex(/^[a-z0-9_]{1,60}$/)).max(20),
  })
  .partial();
export type TUpdateStep = z.infer<typeof ZUpdateStep>;
export const ZStepParam = z.enum(EVALUATION_STEPS);

export const ZStakeholderInput = z.object({
  name: text(160).min(2),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  estimatedSize: z.number().int().min(0).max(100_000_000).nullish(),
  involvement: z.enum(INVOLVEMENT_LEVELS).default("consulted"),
  expectedChanges: text(2000).nullish(),
});
export type TStakeholderInput = z.input<typeof ZStakeholderInput>;

export const ZActivityInput = z.object({
  name: text(160).min(2),
  description: text(2000).nullish(),
});
export type TActivityInput = z.input<typeof ZActivityInput>;

export const ZContributionInput = z
  .object({
    stakeholderId: ZId,
    activityId: ZId,
    kind: z.enum(CONTRIBUTION_KINDS),
    /** Money given, or the value of an in-kind contribution, in euros. */
    amount: ZAmount.nullish(),
    hours: ZAmount.nullish(),
    hourlyValue: ZAmount.nullish(),
    description: text(500).nullish(),
    /** Where a value comes from (a quote, the minimum wage, a market price…). */
    valueSource: text(500).nullish(),
  })
  .superRefine((c, ctx) => {
    const need = (field: "amount" | "hours" | "hourlyValue" | "valueSource") => {
      if (c[field] == null || c[field] === "")
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: bilingualMessage(
            `Obligatoire pour un ${CONTRIBUTION_KIND_LABELS[c.kind].fr}.`,
            `Required for ${CONTRIBUTION_KIND_LABELS[c.kind].en}.`,
          ),
        });
    };
    if (c.kind === "money") need("amount");
    if (c.kind === "in_kind") {
      need("amount");
      need("valueSource");
    }
    if (c.kind === "volunteer_time" || c.kind === "staff_time") {
      need("hours");
      need("hourlyValue");
    }
  });
export type TContributionInput = z.input<typeof ZContributionInput>;
