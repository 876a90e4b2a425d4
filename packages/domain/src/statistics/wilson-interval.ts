import { normalQuantile } from "./distributions/normal.ts";
import { type ConfidenceInterval, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { checkLevel, checkProbability, isCount } from "./validate.ts";

export interface WilsonOptions {
  /** Confidence level, default 0.95. */
  readonly level?: number;
  /** Continuity correction, default false (the plain Wilson score interval). */
  readonly correct?: boolean;
  /**
   * Only used with `correct`: R's prop.test caps the correction at |x − n·p₀| with p₀ = ½ by
   * default, so at x = n/2 the corrected interval equals the plain one. Kept so that the bounds
   * match prop.test(x, n, correct = TRUE)$conf.int.
   */
  readonly nullProportion?: number;
}

export interface WilsonInterval {
  readonly estimate: number;
  readonly x: number;
  readonly n: number;
  readonly confidenceInterval: ConfidenceInterval & { readonly lower: number; readonly upper: number };
  readonly method: "wilson" | "wilson-continuity-corrected";
}

/** The Wilson score interval for x successes out of n, clamped to [0, 1]. */
export function wilsonInterval(
  x: number,
  n: number,
  options: WilsonOptions = {},
): StatResult<WilsonInterval> {
  const { level = 0.95, correct = false, nullProportion = 0.5 } = options;
  const invalid = checkLevel(level) ?? checkProbability(nullProportion, "nullProportion");
  if (invalid) return invalid;
  if (!isCount(x) || !isCount(n) || x > n) return cannotCompute("INVALID_COUNT");
  if (n === 0) return cannotCompute("TOO_FEW_ANSWERS", { min: 1, per: "sample" });
  const estimate = x / n;
  const z = normalQuantile((1 + level) / 2);
  const yates = correct ? Math.min(0.5, Math.abs(x - n * nullProportion)) : 0;
  const z22n = (z * z) / (2 * n);
  const bound = (pc: number, sign: 1 | -1) =>
    (pc + z22n + sign * z * Math.sqrt((pc * (1 - pc)) / n + z22n / (2 * n))) / (1 + 2 * z22n);
  const high = estimate + yates / n;
  const low = estimate - yates / n;
  const upper = high >= 1 ? 1 : bound(high, 1);
  const lower = low <= 0 ? 0 : bound(low, -1);
  return computed({
    estimate,
    x,
    n,
    confidenceInterval: { lower: Math.max(lower, 0), upper: Math.min(upper, 1), level },
    method: correct ? ("wilson-continuity-corrected" as const) : ("wilson" as const),
  });
}
