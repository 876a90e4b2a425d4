import { normalTails } from "./distributions/normal.ts";
import { COHEN_R, type Magnitude, magnitudeOf } from "./magnitude.ts";
import { averageRanks, tieCorrection } from "./ranks.ts";
import { type Alternative, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { median } from "./summary.ts";
import { checkAlternative, checkFinite, checkSample } from "./validate.ts";
import { lowerTail, rankSumDistribution, upperTail } from "./wilcoxon-distributions.ts";

export type RankTestMethod = "exact" | "normal approximation, continuity corrected" | "normal approximation";

export interface RankTestOptions {
  readonly alternative?: Alternative;
  /** Location shift under the null hypothesis, default 0. */
  readonly mu?: number;
  /** Continuity correction of the normal approximation, default true as in R. */
  readonly correct?: boolean;
}

export interface RankSumTest {
  readonly test: "wilcoxon-rank-sum";
  readonly alternative: Alternative;
  readonly mu: number;
  /** R's W: the rank sum of x minus nx(nx + 1)/2 (the Mann-Whitney U of x). */
  readonly statistic: number;
  readonly pValue: number;
  /** R's default: exact when both groups have fewer than 50 values and there are no ties. */
  readonly method: RankTestMethod;
  /** Why the exact distribution was not used. */
  readonly approximationReason: "ties" | "large-sample" | null;
  /** The standardized statistic of the normal approximation (after correction); null if exact. */
  readonly z: number | null;
  readonly nX: number;
  readonly nY: number;
  readonly medianX: number;
  readonly medianY: number;
  /** W / (nx·ny): chance that an answer of x exceeds one of y, ties counting half. */
  readonly probabilityOfSuperiority: number;
  /** Rank-biserial correlation 2·W / (nx·ny) − 1, in [−1, 1]. */
  readonly rankBiserial: number;
  /** Cohen's conventions for r applied to the rank-biserial correlation. */
  readonly magnitude: Magnitude;
}

/** R's wilcox.test(x, y) (Mann-Whitney), with R's defaults exact = NULL and correct = TRUE. */
export function wilcoxonRankSumTest(
  x: readonly number[],
  y: readonly number[],
  options: RankTestOptions = {},
): StatResult<RankSumTest> {
  const { alternative = "two.sided", mu = 0, correct = true } = options;
  const invalid =
    checkSample(x, "x") ?? checkSample(y, "y") ?? checkAlternative(alternative) ?? checkFinite(mu, "mu");
  if (invalid) return invalid;
  if (x.length < 1 || y.length < 1) return cannotCompute("TOO_FEW_ANSWERS", { min: 1, per: "group" });
  const nX = x.length;
  const nY = y.length;
  const { ranks, tieSizes } = averageRanks([...x.map((v) => v - mu), ...y]);
  let rankSumX = 0;
  for (let i = 0; i < nX; i++) rankSumX += ranks[i] ?? 0;
  const statistic = rankSumX - (nX * (nX + 1)) / 2;
  const ties = tieSizes.length > 0;
  const large = nX >= 50 || nY >= 50;
  const summary = {
    test: "wilcoxon-rank-sum" as const,
    alternative,
    mu,
    statistic,
    nX,
    nY,
    medianX: median(x),
    medianY: median(y),
    probabilityOfSuperiority: statistic / (nX * nY),
    rankBiserial: (2 * statistic) / (nX * nY) - 1,
    magnitude: magnitudeOf((2 * statistic) / (nX * nY) - 1, COHEN_R),
  };
  if (!large && !ties) {
    const dist = rankSumDistribution(nX, nY);
    const pValue = exactPValue(dist, statistic, (nX * nY) / 2, alternative);
    return computed({ ...summary, pValue, method: "exact" as const, approximationReason: null, z: null });
  }
  const n = nX + nY;
  const sigma = Math.sqrt(((nX * nY) / 12) * (n + 1 - tieCorrection(tieSizes) / (n * (n - 1))));
  if (!(sigma > 0)) return cannotCompute("ALL_TIED");
  const approx = normalApproximation(statistic - (nX * nY) / 2, sigma, alternative, correct);
  return computed({
    ...summary,
    ...approx,
    approximationReason: large ? ("large-sample" as const) : ("ties" as const),
  });
}

/** Exact p-value, each tail summed on its own side as R's pwilcox / psignrank do. */
export function exactPValue(
  dist: Float64Array,
  statistic: number,
  center: number,
  alternative: Alternative,
): number {
  if (alternative === "less") return lowerTail(dist, statistic);
  if (alternative === "greater") return upperTail(dist, statistic);
  const p = statistic > center ? upperTail(dist, statistic) : lowerTail(dist, statistic);
  return Math.min(2 * p, 1);
}

export function normalApproximation(
  centred: number,
  sigma: number,
  alternative: Alternative,
  correct: boolean,
): { pValue: number; z: number; method: RankTestMethod } {
  let correction = 0;
  if (correct)
    correction =
      alternative === "two.sided" ? Math.sign(centred) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
  const z = (centred - correction) / sigma;
  const at = normalTails(z);
  const pValue =
    alternative === "less"
      ? at.lower
      : alternative === "greater"
        ? at.upper
        : 2 * Math.min(at.lower, at.upper);
  return {
    pValue: Math.min(pValue, 1),
    z,
    method: correct ? "normal approximation, continuity corrected" : "normal approximation",
  };
}
