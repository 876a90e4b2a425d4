import { z } from "zod";
import { ZSroiConventions } from "./conventions.ts";
import { DEFAULT_DISCOUNT_RATE, SROI_LIMITS } from "./limits.ts";
import { checkInput, checkModel, checkOutcome } from "./model-checks.ts";

const label = (max = 300) => z.string().trim().min(1).max(max);
const note = () => z.string().trim().max(SROI_LIMITS.maxTextLength).default("");

/**
 * A fraction the UI shows as 0–100 %. Its range is checked on the outcome, so the message can
 * name the outcome; a justification is kept next to each figure because assurance asks for it.
 */
const ZJustifiedFraction = z.object({
  value: z.number(),
  justification: note(),
});

export const ZSroiInput = z
  .object({
    label: label(),
    stakeholder: label(),
    /** Euros with at most two decimals, as a number or a decimal string ("1234,50" accepted). */
    value: z.union([z.number(), z.string().trim()]),
    source: note(),
    /** The value-chain contribution this input was taken from, when it was. */
    contributionId: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine(checkInput)
  .transform((input) => ({
    ...input,
    value: typeof input.value === "number" ? input.value : Number(input.value.replace(",", ".")),
  }));

export const ZFinancialProxy = z.object({
  value: z.number(),
  currency: z.literal("EUR").default("EUR"),
  /** Price year of the value, so a report can say which euros it is in. */
  year: z.number().int().min(1900).max(2200),
  source: note(),
  description: note(),
});

export const ZSroiOutcome = z
  .object({
    id: z.string().trim().min(1).max(100),
    stakeholder: label(),
    outcome: label(),
    indicator: z.object({ label: label(), code: z.string().trim().max(100).optional() }),
    quantity: z.number(),
    /** Whole years, at least 1. */
    duration: z.number(),
    /** 1 = during the activity, 2 = the period after (shifted by `startOffsetYears`). */
    start: z.union([z.literal(1), z.literal(2)]).default(1),
    proxy: ZFinancialProxy,
    deadweight: ZJustifiedFraction,
    displacement: ZJustifiedFraction,
    attribution: ZJustifiedFraction,
    dropOff: ZJustifiedFraction,
  })
  .superRefine(checkOutcome);

export const ZSroiModel = z
  .object({
    inputs: z.array(ZSroiInput).max(SROI_LIMITS.maxInputs),
    outcomes: z.array(ZSroiOutcome).max(SROI_LIMITS.maxOutcomes),
    /** Annual rate as a fraction (0.035 = 3.5 %). */
    discountRate: z.number().default(DEFAULT_DISCOUNT_RATE),
    conventions: ZSroiConventions.default(ZSroiConventions.parse({})),
  })
  .superRefine(checkModel);

export type SroiModel = z.output<typeof ZSroiModel>;
export type SroiModelInput = z.input<typeof ZSroiModel>;
export type SroiInput = z.output<typeof ZSroiInput>;
export type SroiOutcome = z.output<typeof ZSroiOutcome>;
export type SroiOutcomeInput = z.input<typeof ZSroiOutcome>;
export type FinancialProxy = z.output<typeof ZFinancialProxy>;
