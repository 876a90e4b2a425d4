import { studentTQuantile, studentTTails } from "./distributions/student-t.ts";
import type { Alternative, ConfidenceInterval } from "./stat-result.ts";

export interface TInference {
  readonly statistic: number;
  readonly pValue: number;
  readonly confidenceInterval: ConfidenceInterval;
}

/**
 * The t statistic, p-value and interval of an estimate with its standard error, in R's
 * t.test order of operations (mu + (t ± q)·se) so that the bounds agree with R to the last bits.
 */
export function tInference(
  estimate: number,
  standardError: number,
  df: number,
  mu: number,
  alternative: Alternative,
  level: number,
): TInference {
  const statistic = (estimate - mu) / standardError;
  const at = studentTTails(statistic, df);
  if (alternative === "less") {
    return {
      statistic,
      pValue: at.lower,
      confidenceInterval: {
        lower: null,
        upper: mu + (statistic + studentTQuantile(level, df)) * standardError,
        level,
      },
    };
  }
  if (alternative === "greater") {
    return {
      statistic,
      pValue: at.upper,
      confidenceInterval: {
        lower: mu + (statistic - studentTQuantile(level, df)) * standardError,
        upper: null,
        level,
      },
    };
  }
  const q = studentTQuantile(1 - (1 - level) / 2, df);
  return {
    statistic,
    pValue: Math.min(1, 2 * studentTTails(-Math.abs(statistic), df).lower),
    confidenceInterval: {
      lower: mu + (statistic - q) * standardError,
      upper: mu + (statistic + q) * standardError,
      level,
    },
  };
}

/** R refuses data whose standard error is below 10 ε of the means ("essentially constant"). */
export function isEssentiallyConstant(standardError: number, ...means: number[]): boolean {
  const scale = Math.max(0, ...means.map(Math.abs));
  return !(standardError > 10 * Number.EPSILON * scale);
}
