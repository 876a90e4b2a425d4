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
import { checkAlternative, checkFinite, checkLevel, checkSample } from "./validate.ts";

export interface OneSampleTTest {
  readonly test: "one-sample";
  readonly alternative: Alternative;
  readonly mu: number;
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly mean: number;
  readonly standardError: number;
  readonly confidenceInterval: ConfidenceInterval;
  readonly x: SampleSummary;
}

/** R's t.test(x, mu = …). */
export function oneSampleTTest(x: readonly number[], options: TTestOptions = {}): StatResult<OneSampleTTest> {
  const { alternative = "two.sided", level = 0.95, mu = 0 } = options;
  const invalid =
    checkSample(x, "x") ?? checkAlternative(alternative) ?? checkLevel(level) ?? checkFinite(mu, "mu");
  if (invalid) return invalid;
  if (x.length < 2) return cannotCompute("TOO_FEW_ANSWERS", { min: 2, per: "sample" });
  const sx = summarize(x);
  const standardError = Math.sqrt(variance(x) / sx.n);
  if (isEssentiallyConstant(standardError, sx.mean)) return cannotCompute("NO_VARIATION");
  if (!Number.isFinite(standardError)) return cannotCompute("OUT_OF_RANGE");
  const inference = tInference(sx.mean, standardError, sx.n - 1, mu, alternative, level);
  return computed({
    test: "one-sample" as const,
    alternative,
    mu,
    df: sx.n - 1,
    mean: sx.mean,
    standardError,
    x: sx,
    ...inference,
  });
}
