import {
  type Alternative,
  type ConfidenceInterval,
  cannotCompute,
  computed,
  type StatResult,
} from "./stat-result.ts";
import { type SampleSummary, summarize, variance } from "./summary.ts";
import { isEssentiallyConstant, tInference } from "./t-inference.ts";
import { checkAlternative, checkFinite, checkLevel, checkSample } from "./validate.ts";

export interface TTestOptions {
  readonly alternative?: Alternative;
  /** Confidence level of the interval, default 0.95. */
  readonly level?: number;
  /** The difference (or mean, for one sample) under the null hypothesis, default 0. */
  readonly mu?: number;
}

export interface TwoSampleTTest {
  readonly test: "welch" | "student";
  readonly alternative: Alternative;
  readonly mu: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  /** mean(x) − mean(y), as R's t.test(x, y). */
  readonly meanDifference: number;
  readonly standardError: number;
  readonly confidenceInterval: ConfidenceInterval;
  readonly x: SampleSummary;
  readonly y: SampleSummary;
}

/** Welch's t-test (unequal variances), R's t.test(x, y) default. */
export function welchTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): StatResult<TwoSampleTTest> {
  return twoSampleTTest(x, y, options, "welch");
}

/** Student's t-test with pooled variance, R's t.test(x, y, var.equal = TRUE). */
export function studentTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): StatResult<TwoSampleTTest> {
  return twoSampleTTest(x, y, options, "student");
}

function twoSampleTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions,
  test: "welch" | "student",
): StatResult<TwoSampleTTest> {
  const { alternative = "two.sided", level = 0.95, mu = 0 } = options;
  const invalid =
    checkSample(x, "x") ??
    checkSample(y, "y") ??
    checkAlternative(alternative) ??
    checkLevel(level) ??
    checkFinite(mu, "mu");
  if (invalid) return invalid;
  // R lets Student's test run with one value in a group; one answer says nothing about spread.
  if (x.length < 2 || y.length < 2) return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: "group" });
  const sx = summarize(x);
  const sy = summarize(y);
  const vx = variance(x);
  const vy = variance(y);
  let standardError: number;
  let df: number;
  if (test === "student") {
    df = sx.n + sy.n - 2;
    const pooled = ((sx.n - 1) * vx + (sy.n - 1) * vy) / df;
    standardError = Math.sqrt(pooled * (1 / sx.n + 1 / sy.n));
  } else {
    const sex = Math.sqrt(vx / sx.n);
    const sey = Math.sqrt(vy / sy.n);
    standardError = Math.sqrt(sex ** 2 + sey ** 2);
    df = standardError ** 4 / (sex ** 4 / (sx.n - 1) + sey ** 4 / (sy.n - 1));
  }
  if (isEssentiallyConstant(standardError, sx.mean, sy.mean)) return cannotCompute("NO_VARIATION");
  if (!Number.isFinite(standardError) || !Number.isFinite(df)) return cannotCompute("OUT_OF_RANGE");
  const meanDifference = sx.mean - sy.mean;
  const inference = tInference(meanDifference, standardError, df, mu, alternative, level);
  return computed({ test, alternative, mu, df, meanDifference, standardError, x: sx, y: sy, ...inference });
}
