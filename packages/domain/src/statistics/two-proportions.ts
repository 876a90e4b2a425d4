import { chiSquaredTails } from "./distributions/chi-squared.ts";
import { normalQuantile, normalTails } from "./distributions/normal.ts";
import { COHEN_D, type Magnitude, magnitudeOf } from "./magnitude.ts";
import {
  type Alternative,
  type ConfidenceInterval,
  cannotCompute,
  computed,
  type StatResult,
} from "./stat-result.ts";
import { checkAlternative, checkLevel, isCount } from "./validate.ts";

export interface ProportionCount {
  /** Number of "yes". */
  readonly x: number;
  /** Number of answers. */
  readonly n: number;
}

export interface TwoProportionsOptions {
  readonly alternative?: Alternative;
  readonly level?: number;
  /** Yates' continuity correction, default true as in R's prop.test. */
  readonly correct?: boolean;
}

export interface TwoProportionsTest {
  readonly test: "two-proportions";
  readonly alternative: Alternative;
  /** Pearson's X² (1 df), corrected when `continuityCorrection` > 0. */
  readonly statistic: number;
  readonly df: 1;
  readonly pValue: number;
  readonly p1: number;
  readonly p2: number;
  readonly n1: number;
  readonly n2: number;
  /** p1 − p2. */
  readonly difference: number;
  /** Wald interval of p1 − p2 with R's continuity correction, clamped to [−1, 1]. */
  readonly confidenceInterval: ConfidenceInterval;
  /** The correction actually applied (R caps ½ at |p1 − p2| / (1/n1 + 1/n2)); 0 when off. */
  readonly continuityCorrection: number;
  /** Cohen's h = 2 asin √p1 − 2 asin √p2. */
  readonly cohensH: number;
  readonly magnitude: Magnitude;
  /** True when an expected count is below 5: R warns that the approximation may be poor. */
  readonly lowExpectedCounts: boolean;
}

/** R's prop.test(c(x1, x2), c(n1, n2), correct = …): the χ² test of two proportions. */
export function twoProportionsTest(
  first: ProportionCount,
  second: ProportionCount,
  options: TwoProportionsOptions = {},
): StatResult<TwoProportionsTest> {
  const { alternative = "two.sided", level = 0.95, correct = true } = options;
  const invalid = checkAlternative(alternative) ?? checkLevel(level);
  if (invalid) return invalid;
  const { x: x1, n: n1 } = first;
  const { x: x2, n: n2 } = second;
  if (![x1, n1, x2, n2].every(isCount) || x1 > n1 || x2 > n2) return cannotCompute("INVALID_COUNT");
  if (n1 === 0 || n2 === 0) return cannotCompute("TOO_FEW_ANSWERS", { min: 1, per: "group" });
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return cannotCompute("SAME_ANSWER_EVERYWHERE");
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p1 - p2;
  const inverseSum = 1 / n1 + 1 / n2;
  const yates = correct ? Math.min(0.5, Math.abs(difference) / inverseSum) : 0;
  const z = normalQuantile(alternative === "two.sided" ? (1 + level) / 2 : level);
  const width = z * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) + yates * inverseSum;
  const lower = Math.max(difference - width, -1);
  const upper = Math.min(difference + width, 1);
  const observed = [x1, n1 - x1, x2, n2 - x2];
  const expected = [n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)];
  let statistic = 0;
  for (let i = 0; i < 4; i++) {
    const e = expected[i] ?? 1;
    statistic += (Math.abs((observed[i] ?? 0) - e) - yates) ** 2 / e;
  }
  let pValue: number;
  if (alternative === "two.sided") pValue = chiSquaredTails(statistic, 1).upper;
  else {
    const signed = Math.sign(difference) * Math.sqrt(statistic);
    const at = normalTails(signed);
    pValue = alternative === "less" ? at.lower : at.upper;
  }
  const cohensH = 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
  return computed({
    test: "two-proportions" as const,
    alternative,
    statistic,
    df: 1 as const,
    pValue,
    p1,
    p2,
    n1,
    n2,
    difference,
    confidenceInterval: {
      lower: alternative === "less" ? -1 : lower,
      upper: alternative === "greater" ? 1 : upper,
      level,
    },
    continuityCorrection: yates,
    cohensH,
    magnitude: magnitudeOf(cohensH, COHEN_D),
    lowExpectedCounts: expected.some((e) => e < 5),
  });
}
