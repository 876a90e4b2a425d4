import { COHEN_R, type Magnitude, magnitudeOf } from "./magnitude.ts";
import { averageRanks, tieCorrection } from "./ranks.ts";
import { type Alternative, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { median } from "./summary.ts";
import { pairedDifferences } from "./t-test-paired.ts";
import { checkAlternative, checkFinite, checkSameLength, checkSample } from "./validate.ts";
import { signedRankDistribution } from "./wilcoxon-distributions.ts";
import {
  exactPValue,
  normalApproximation,
  type RankTestMethod,
  type RankTestOptions,
} from "./wilcoxon-rank-sum.ts";

export interface SignedRankTest {
  readonly test: "wilcoxon-signed-rank";
  readonly alternative: Alternative;
  readonly mu: number;
  /** R's V: the sum of the ranks of |d| over the positive differences d = x − y − mu. */
  readonly statistic: number;
  readonly pValue: number;
  /** R's default: exact when fewer than 50 non-zero differences, no ties and no zeros. */
  readonly method: RankTestMethod;
  readonly approximationReason: "ties" | "zeros" | "large-sample" | null;
  readonly z: number | null;
  /** Non-zero differences, the ones the test uses. */
  readonly n: number;
  /** Zero differences, dropped as R drops them. */
  readonly zeros: number;
  readonly medianDifference: number;
  /** Matched-pairs rank-biserial correlation (V − (S − V)) / S, S = n(n + 1)/2. */
  readonly rankBiserial: number;
  readonly magnitude: Magnitude;
}

/** R's wilcox.test(x, y, paired = TRUE) on x − y. */
export function wilcoxonSignedRankTest(
  x: readonly number[],
  y: readonly number[],
  options: RankTestOptions = {},
): StatResult<SignedRankTest> {
  const invalid = checkSample(x, "x") ?? checkSample(y, "y") ?? checkSameLength(x, y);
  if (invalid) return invalid;
  return wilcoxonOneSampleTest(pairedDifferences(x, y), options);
}

/** R's wilcox.test(x, mu = …): the signed-rank test of x − mu. */
export function wilcoxonOneSampleTest(
  x: readonly number[],
  options: RankTestOptions = {},
): StatResult<SignedRankTest> {
  const { alternative = "two.sided", mu = 0, correct = true } = options;
  const invalid = checkSample(x, "x") ?? checkAlternative(alternative) ?? checkFinite(mu, "mu");
  if (invalid) return invalid;
  if (x.length < 1) return cannotCompute("TOO_FEW_ANSWERS", { min: 1, per: "pair" });
  const shifted = x.map((v) => v - mu);
  const nonZero = shifted.filter((v) => v !== 0);
  const zeros = shifted.length - nonZero.length;
  if (nonZero.length === 0) return cannotCompute("NO_CHANGE");
  const n = nonZero.length;
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
  let statistic = 0;
  nonZero.forEach((v, i) => {
    if (v > 0) statistic += ranks[i] ?? 0;
  });
  const total = (n * (n + 1)) / 2;
  const ties = tieSizes.length > 0;
  const summary = {
    test: "wilcoxon-signed-rank" as const,
    alternative,
    mu,
    statistic,
    n,
    zeros,
    medianDifference: median(x),
    rankBiserial: (2 * statistic - total) / total,
    magnitude: magnitudeOf((2 * statistic - total) / total, COHEN_R),
  };
  if (n < 50 && !ties && zeros === 0) {
    const pValue = exactPValue(signedRankDistribution(n), statistic, total / 2, alternative);
    return computed({ ...summary, pValue, method: "exact" as const, approximationReason: null, z: null });
  }
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection(tieSizes) / 48);
  if (!(sigma > 0)) return cannotCompute("ALL_TIED");
  const reason = n >= 50 ? ("large-sample" as const) : zeros > 0 ? ("zeros" as const) : ("ties" as const);
  return computed({
    ...summary,
    ...normalApproximation(statistic - total / 2, sigma, alternative, correct),
    approximationReason: reason,
  });
}
