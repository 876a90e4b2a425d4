import { z } from "zod";
import { SROI_LIMITS } from "./limits.ts";

/**
 * The calculation choices on which SROI guides and spreadsheets differ. Each is a named option
 * so a user can see and change it, and every result echoes the options used (see
 * `describeConventions`). Defaults follow Social Value UK's impact map.
 */
export const ZSroiConventions = z.object({
  /** Year of an outcome's own series from which drop-off applies: 2 → year t is impact × (1 − DO)^(t − 1). */
  dropOffStartsYear: z.union([z.literal(1), z.literal(2)]).default(2),
  /** true → year 1 is divided by (1 + r) once; false → year 1 is not discounted, year t by (1 + r)^(t − 1). */
  discountFirstYear: z.boolean().default(true),
  /** Years by which an outcome with start = 2 ("the period after the activity") is shifted later. */
  startOffsetYears: z.number().int().min(0).max(SROI_LIMITS.maxStartOffsetYears).default(1),
  /** The span of the year-by-year tables: up to the last year of the longest (shifted) outcome. */
  horizon: z.literal("longest-outcome").default("longest-outcome"),
  /**
   * What "Σ year-1 impacts" means in the payback period. "impact-map": every outcome's
   * year-1 value (its impact column), whatever its start; "calendar-year-1": only the value
   * that falls in year 1 of the analysis, so outcomes shifted by their start add nothing.
   */
  paybackBasis: z.enum(["impact-map", "calendar-year-1"]).default("impact-map"),
  /**
   * Sensitivity analyses move durations continuously. "pro-rata": a duration of 2.5 years
   * counts two full years and half of the third; "whole-years": it is rounded to the nearest
   * whole year (at least 1). Break-even always reports the exact fractional duration too.
   */
  partialYears: z.enum(["pro-rata", "whole-years"]).default("pro-rata"),
});

export type SroiConventions = z.output<typeof ZSroiConventions>;
export type SroiConventionsInput = z.input<typeof ZSroiConventions>;

export const SVUK_CONVENTIONS: Readonly<SroiConventions> = Object.freeze(ZSroiConventions.parse({}));
