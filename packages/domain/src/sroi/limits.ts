/**
 * Bounds on what a model may hold. They are generous for any real impact map and chosen so
 * that the largest possible present value (outcomes × quantity × proxy × years) stays many
 * orders of magnitude below Number.MAX_VALUE: no product or power can overflow to Infinity.
 */
export const SROI_LIMITS = {
  maxAmountEuros: 1e12,
  maxQuantity: 1e9,
  maxDurationYears: 100,
  maxStartOffsetYears: 5,
  maxDiscountRate: 1,
  maxInputs: 1000,
  maxOutcomes: 500,
  maxDraws: 1_000_000,
  maxHistogramBins: 200,
  maxTextLength: 4000,
} as const;

/** HM Treasury Green Book social time preference rate, the SVUK default. */
export const DEFAULT_DISCOUNT_RATE = 0.035;
