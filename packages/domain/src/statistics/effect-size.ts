import { COHEN_D, type Magnitude, magnitudeOf } from "./magnitude.ts";
import { noncentralityInterval } from "./noncentral-interval.ts";
import { LN_SQRT_PI, logBeta } from "./special/log-gamma.ts";
import { type ConfidenceInterval, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { mean, variance } from "./summary.ts";
import { pairedDifferences } from "./t-test-paired.ts";
import { checkLevel, checkSameLength, checkSample } from "./validate.ts";

export interface EffectSizeOptions {
  /** Confidence level of the interval, default 0.95. */
  readonly level?: number;
}

export interface EffectSize {
  readonly measure: "cohens-d" | "hedges-g" | "paired-dz";
  readonly estimate: number;
  /** Two-sided; found by inverting the noncentral t distribution of the t statistic. */
  readonly confidenceInterval: ConfidenceInterval;
  readonly intervalMethod: "noncentral-t";
  /** Cohen's conventions on |estimate|: 0.2 small, 0.5 medium, 0.8 large. */
  readonly magnitude: Magnitude;
  readonly df: number;
  /** The SD the difference is divided by: pooled SD (d, g) or SD of the differences (d_z). */
  readonly standardizer: number;
  /** Hedges' exact small-sample factor J(df) = Γ(df/2) / (√(df/2) Γ((df − 1)/2)); 1 for d and d_z. */
  readonly correction: number;
}

/** Cohen's d = (mean(x) − mean(y)) / pooled SD. */
export function cohensD(
  x: readonly number[],
  y: readonly number[],
  options: EffectSizeOptions = {},
): StatResult<EffectSize> {
  return standardizedDifference(x, y, options.level ?? 0.95, false);
}

/** Hedges' g = J(df) · d; its interval is J times d's, as in R's effectsize::hedges_g. */
export function hedgesG(
  x: readonly number[],
  y: readonly number[],
  options: EffectSizeOptions = {},
): StatResult<EffectSize> {
  return standardizedDifference(x, y, options.level ?? 0.95, true);
}

/** Hedges' correction J(df), through ln B to stay exact for large df. */
export function hedgesCorrection(df: number): number {
  return Math.exp(LN_SQRT_PI - logBeta((df - 1) / 2, 0.5)) / Math.sqrt(df / 2);
}

function standardizedDifference(
  x: readonly number[],
  y: readonly number[],
  level: number,
  hedges: boolean,
): StatResult<EffectSize> {
  const invalid = checkSample(x, "x") ?? checkSample(y, "y") ?? checkLevel(level);
  if (invalid) return invalid;
  if (x.length < 2 || y.length < 2) return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: "group" });
  const nx = x.length;
  const ny = y.length;
  const df = nx + ny - 2;
  const mx = mean(x);
  const my = mean(y);
  const pooled = Math.sqrt(((nx - 1) * variance(x) + (ny - 1) * variance(y)) / df);
  if (!Number.isFinite(pooled)) return cannotCompute("OUT_OF_RANGE");
  if (!(pooled > 10 * Number.EPSILON * Math.max(Math.abs(mx), Math.abs(my))))
    return cannotCompute("NO_VARIATION");
  const d = (mx - my) / pooled;
  if (!Number.isFinite(d)) return cannotCompute("OUT_OF_RANGE");
  const scale = Math.sqrt((nx * ny) / (nx + ny));
  const ncp = noncentralityInterval(d * scale, df, level);
  if (!ncp) return cannotCompute("NO_SOLUTION");
  const correction = hedges ? hedgesCorrection(df) : 1;
  const estimate = correction * d;
  return computed({
    measure: hedges ? ("hedges-g" as const) : ("cohens-d" as const),
    estimate,
    confidenceInterval: {
      lower: (correction * ncp.lower) / scale,
      upper: (correction * ncp.upper) / scale,
      level,
    },
    intervalMethod: "noncentral-t" as const,
    magnitude: magnitudeOf(estimate, COHEN_D),
    df,
    standardizer: pooled,
    correction,
  });
}

/** d_z = mean(x − y) / sd(x − y), for paired answers (R: mean(d) / sd(d)). */
export function pairedDz(
  x: readonly number[],
  y: readonly number[],
  options: EffectSizeOptions = {},
): StatResult<EffectSize> {
  const level = options.level ?? 0.95;
  const invalid = checkSample(x, "x") ?? checkSample(y, "y") ?? checkSameLength(x, y) ?? checkLevel(level);
  if (invalid) return invalid;
  if (x.length < 2) return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: "pair" });
  const d = pairedDifferences(x, y);
  const n = d.length;
  const md = mean(d);
  const sd = Math.sqrt(variance(d));
  if (!Number.isFinite(sd)) return cannotCompute("OUT_OF_RANGE");
  if (!(sd > 10 * Number.EPSILON * Math.abs(md))) return cannotCompute("NO_VARIATION");
  const dz = md / sd;
  if (!Number.isFinite(dz)) return cannotCompute("OUT_OF_RANGE");
  const ncp = noncentralityInterval(dz * Math.sqrt(n), n - 1, level);
  if (!ncp) return cannotCompute("NO_SOLUTION");
  return computed({
    measure: "paired-dz" as const,
    estimate: dz,
    confidenceInterval: { lower: ncp.lower / Math.sqrt(n), upper: ncp.upper / Math.sqrt(n), level },
    intervalMethod: "noncentral-t" as const,
    magnitude: magnitudeOf(dz, COHEN_D),
    df: n - 1,
    standardizer: sd,
    correction: 1,
  });
}
