import { z } from "zod";
import { bilingualMessage } from "../errors/validation.ts";
import { CRITERION_KIND_LABELS, CRITERION_KINDS } from "../frameworks/criterion-kinds.ts";
import { ZId } from "./organisation.ts";

const ZIsoDate = z.iso.date();

/** An empty or blank optional text means "none", as a cleared form field sends it. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/**
 * A baseline or target figure: any sign (a score may fall below zero), up to six decimals.
 * Strings keep the exact figure typed (a JSON number may already have lost it); a French
 * decimal comma is accepted.
 */
export const ZDecimalValue = z
  .union([z.number().finite(), z.string().trim()])
  .transform((v) => (typeof v === "number" ? String(v) : v.replace(",", ".")))
  // A refinement rather than .regex(): only a custom issue carries its own bilingual message,
  // a format issue would get zod's generic "must match pattern".
  .refine((v) => /^-?\d{1,15}(\.\d{1,6})?$/.test(v), {
    error: bilingualMessage(
      "Un nombre est attendu (au plus quinze chiffres avant la virgule et six après).",
      "A number is expected (at most fifteen digits before the decimal point and six after).",
    ),
  });

/** Theory-of-change node ids, as the graph names them. */
const ZOutcomeNodeIds = z
  .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
  .max(50)
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const ZCriterionInput = z
  .object({
    /** The evaluative question (step 1) the criterion answers. */
    questionId: ZId,
    kind: z.enum(CRITERION_KINDS),
    label: optionalText(200),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "custom" && !c.label)
      ctx.addIssue({
        code: "custom",
        path: ["label"],
        message: bilingualMessage("Donnez un nom à ce critère libre.", "Give this custom criterion a name."),
      });
  })
  // French is the source language, so an unnamed criterion takes the French name of its kind.
  .transform((c) => ({ ...c, label: c.label ?? CRITERION_KIND_LABELS[c.kind].fr }));
export type TCriterionInput = z.input<typeof ZCriterionInput>;

const frameworkIndicatorFields = {
  /** The criterion it answers; null keeps it in the framework without placing it yet. */
  criterionId: ZId.nullish().transform((v) => v ?? null),
  baselineValue: ZDecimalValue.nullish().transform((v) => v ?? null),
  baselineDate: ZIsoDate.nullish().transform((v) => v ?? null),
  /** Where the baseline comes from, or why there is none yet. */
  baselineNote: optionalText(1000),
  targetValue: ZDecimalValue.nullish().transform((v) => v ?? null),
  targetDate: ZIsoDate.nullish().transform((v) => v ?? null),
  /** The outcome and impact nodes of the theory of change the indicator measures. */
  outcomeNodeIds: ZOutcomeNodeIds,
};

type Dated = { baselineDate: string | null; targetDate: string | null };

/** A target set before its baseline is a typing mistake: the change could not be measured. */
const datesInOrder = (value: Dated, ctx: z.RefinementCtx) => {
  if (value.baselineDate && value.targetDate && value.targetDate < value.baselineDate)
    ctx.addIssue({
      code: "custom",
      path: ["targetDate"],
      message: bilingualMessage(
        "La date de la cible précède celle de la situation de départ.",
        "The target date is before the baseline date.",
      ),
    });
};

/** Adds a library indicator to the framework: its current version is pinned. */
export const ZFrameworkIndicatorInput = z
  .object({ indicatorId: ZId, ...frameworkIndicatorFields })
  .superRefine(datesInOrder);
export type TFrameworkIndicatorInput = z.input<typeof ZFrameworkIndicatorInput>;

/** Replaces what the evaluation says about one of its indicators (the pinned version stays). */
export const ZFrameworkIndicatorUpdate = z.object(frameworkIndicatorFields).superRefine(datesInOrder);
export type TFrameworkIndicatorUpdate = z.input<typeof ZFrameworkIndicatorUpdate>;
