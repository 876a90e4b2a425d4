import {
  type Alternative,
  type ConfidenceInterval,
  cannotCompute,
  computed,
  type StatResult,
} from "./stat-result.ts";
import { type SampleSummary, summarize, variance } from "./summary.ts";
import { isEssentiallyConstant, tInference } from "./t-inference.ts";
import type { TTestOptions } from "./t-test-two-sample.ts";
import { checkAlternative, checkFinite, checkLevel, checkSameLength, checkSample } from "./validate.ts";

export interface PairedTTest {
  readonly test: "paired";
  readonly alternative: Alternative;
  readonly mu: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  /** mean(x − y), as R's t.test(x, y, paired = TRUE): pass the later measure as x. */
  readonly meanDifference: number;
  readonly standardError: number;
  readonly confidenceInterval: ConfidenceInterval;
  readonly x: SampleSummary;
  readonly y: SampleSummary;
  readonly differences: SampleSummary;
}

export function pairedDifferences(x: readonly number[], y: readonly number[]): number[] {
  return x.map((v, i) => v - (y[i] ?? 0));
}

/** R's t.test(x, y, paired = TRUE): a one-sample test on the differences x − y. */
export function pairedTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): StatResult<PairedTTest> {
  const { alternative = "two.sided", level = 0.95, mu = 0 } = options;
  const invalid =
    checkSample(x, "x") ??
    checkSample(y, "y") ??
    checkSameLength(x, y) ??
    checkAlternative(alternative) ??
    checkLevel(level) ??
    checkFinite(mu, "mu");
  if (invalid) return invalid;
  if (x.length < 2) return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: "pair" });
  const d = pairedDifferences(x, y);
  const sd = summarize(d);
  const standardError = Math.sqrt(variance(d) / sd.n);
  if (isEssentiallyConstant(standardError, sd.mean)) return cannotCompute("NO_VARIATION");
  if (!Number.isFinite(standardError)) return cannotCompute("OUT_OF_RANGE");
  const inference = tInference(sd.mean, standardError, sd.n - 1, mu, alternative, level);
  return computed({
    test: "paired" as const,
    alternative,
    mu,
    df: sd.n - 1,
    meanDifference: sd.mean,
    standardError,
    x: summarize(x),
    y: summarize(y),
    differences: sd,
    ...inference,
  });
}
