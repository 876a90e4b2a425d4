import { describe, expect, it } from "vitest";
import {
  type CannotCompute,
  type CannotComputeReason,
  chiSquaredTest,
  cohensD,
  differenceInDifferences,
  fisherExactTest,
  hedgesG,
  mcnemarTest,
  mcnemarTestFromPairs,
  ols,
  oneSampleTTest,
  pairedDz,
  pairedTTest,
  proportionsSampleSize,
  studentTTest,
  tTestPower,
  tTestSampleSize,
  twoProportionsTest,
  welchTTest,
  wilcoxonOneSampleTest,
  wilcoxonRankSumTest,
  wilcoxonSignedRankTest,
  wilsonInterval,
} from "../src/statistics/index.ts";

type Case = [name: string, run: () => { ok: boolean } | CannotCompute, reason: CannotComputeReason];

const cases: Case[] = [
  ["Welch with one answer in a group", () => welchTTest([3], [1, 2, 3]), "TOO_FEW_ANSWERS"],
  ["Student with one answer in a group", () => studentTTest([1, 2], [4]), "TOO_FEW_ANSWERS"],
  ["Welch with two constant groups", () => welchTTest([2, 2, 2], [3, 3]), "NO_VARIATION"],
  ["one-sample on one answer", () => oneSampleTTest([4]), "TOO_FEW_ANSWERS"],
  ["one-sample on constant answers", () => oneSampleTTest([4, 4, 4]), "NO_VARIATION"],
  ["paired with a constant difference", () => pairedTTest([3, 4, 5], [2, 3, 4]), "NO_VARIATION"],
  ["paired with no difference at all (R: NaN)", () => pairedTTest([3, 4, 5], [3, 4, 5]), "NO_VARIATION"],
  ["paired with series of different lengths", () => pairedTTest([1, 2, 3], [1, 2]), "LENGTH_MISMATCH"],
  ["a NaN among the answers", () => welchTTest([1, Number.NaN, 3], [1, 2]), "NOT_A_NUMBER"],
  ["an Infinity among the answers", () => oneSampleTTest([1, Number.POSITIVE_INFINITY]), "NOT_A_NUMBER"],
  [
    "a confidence level of 95 instead of 0.95",
    () => welchTTest([1, 2, 3], [2, 3, 4], { level: 95 }),
    "INVALID_OPTION",
  ],
  [
    "an unknown alternative",
    () => welchTTest([1, 2, 3], [2, 3, 4], { alternative: "bigger" as never }),
    "INVALID_OPTION",
  ],
  ["overflowing magnitudes", () => welchTTest([1e300, -1e300, 3e300], [2e300, -2e300]), "OUT_OF_RANGE"],
  ["Cohen's d with zero pooled SD", () => cohensD([1, 1, 1], [2, 2]), "NO_VARIATION"],
  ["Hedges' g with one answer", () => hedgesG([1], [2, 3]), "TOO_FEW_ANSWERS"],
  ["d_z with a constant difference", () => pairedDz([2, 3, 4], [1, 2, 3]), "NO_VARIATION"],
  ["Wilson with no answers", () => wilsonInterval(0, 0), "TOO_FEW_ANSWERS"],
  ["Wilson with more yes than answers", () => wilsonInterval(5, 4), "INVALID_COUNT"],
  ["Wilson with a fractional count", () => wilsonInterval(2.5, 10), "INVALID_COUNT"],
  [
    "two proportions, all no",
    () => twoProportionsTest({ x: 0, n: 20 }, { x: 0, n: 25 }),
    "SAME_ANSWER_EVERYWHERE",
  ],
  [
    "two proportions, all yes",
    () => twoProportionsTest({ x: 20, n: 20 }, { x: 25, n: 25 }),
    "SAME_ANSWER_EVERYWHERE",
  ],
  [
    "two proportions, empty group",
    () => twoProportionsTest({ x: 0, n: 0 }, { x: 3, n: 25 }),
    "TOO_FEW_ANSWERS",
  ],
  [
    "chi-squared with an empty column",
    () =>
      chiSquaredTest([
        [0, 4],
        [0, 6],
      ]),
    "EMPTY_CATEGORY",
  ],
  [
    "chi-squared on a ragged table",
    () =>
      chiSquaredTest([
        [1, 2, 3],
        [4, 5],
      ]),
    "INVALID_TABLE",
  ],
  [
    "chi-squared with a negative count",
    () =>
      chiSquaredTest([
        [1, -2],
        [4, 5],
      ]),
    "INVALID_COUNT",
  ],
  ["chi-squared on one row", () => chiSquaredTest([[1, 2, 3]]), "INVALID_TABLE"],
  [
    "Fisher with an empty row",
    () =>
      fisherExactTest([
        [0, 0],
        [4, 6],
      ]),
    "EMPTY_CATEGORY",
  ],
  [
    "Fisher on a 2×3 table",
    () =>
      fisherExactTest([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    "INVALID_TABLE",
  ],
  [
    "McNemar with no one changing",
    () =>
      mcnemarTest([
        [12, 0],
        [0, 8],
      ]),
    "NO_DISCORDANT_PAIRS",
  ],
  [
    "McNemar from pairs of different lengths",
    () => mcnemarTestFromPairs([true], [true, false]),
    "LENGTH_MISMATCH",
  ],
  ["rank-sum, all values tied", () => wilcoxonRankSumTest([3, 3, 3], [3, 3]), "ALL_TIED"],
  ["rank-sum, an empty group", () => wilcoxonRankSumTest([], [1, 2]), "TOO_FEW_ANSWERS"],
  ["signed-rank, all differences zero", () => wilcoxonSignedRankTest([2, 3, 4], [2, 3, 4]), "NO_CHANGE"],
  ["signed-rank one sample, all equal to mu", () => wilcoxonOneSampleTest([5, 5], { mu: 5 }), "NO_CHANGE"],
  [
    "OLS with a redundant column",
    () =>
      ols(
        [1, 3, 2, 5],
        [
          { name: "a", values: [1, 2, 3, 4] },
          { name: "b", values: [2, 4, 6, 8] },
        ],
      ),
    "REDUNDANT_VARIABLE",
  ],
  ["OLS with a perfect fit", () => ols([3, 5, 7, 9], [{ name: "x", values: [1, 2, 3, 4] }]), "PERFECT_FIT"],
  [
    "OLS with as many columns as answers",
    () => ols([1, 2], [{ name: "x", values: [1, 5] }]),
    "TOO_FEW_ANSWERS",
  ],
  [
    "OLS with a duplicate column name",
    () =>
      ols(
        [1, 2, 3],
        [
          { name: "x", values: [1, 2, 4] },
          { name: "x", values: [0, 1, 1] },
        ],
      ),
    "INVALID_OPTION",
  ],
  ["OLS with a short column", () => ols([1, 2, 3], [{ name: "x", values: [1, 2] }]), "LENGTH_MISMATCH"],
  [
    "DiD with no comparison group after",
    () =>
      differenceInDifferences({
        outcome: [1, 2, 3, 4, 5],
        treated: [true, true, false, false, true],
        post: [false, true, false, false, true],
      }),
    "EMPTY_DID_GROUP",
  ],
  ["power with one answer", () => tTestPower(1, { delta: 1 }), "TOO_FEW_ANSWERS"],
  ["power with a zero SD", () => tTestPower(10, { delta: 1, sd: 0 }), "INVALID_OPTION"],
  ["sample size for a power of 1", () => tTestSampleSize(1, { delta: 1 }), "INVALID_OPTION"],
  [
    "sample size for proportions of 0 and 1",
    () => proportionsSampleSize(0.8, { p1: 0, p2: 1 }),
    "INVALID_OPTION",
  ],
];

describe("degenerate inputs give a reason and a message, never NaN", () => {
  for (const [name, run, reason] of cases) {
    it(name, () => {
      const result = run() as CannotCompute;
      expect(result.ok).toBe(false);
      expect(result.reason).toBe(reason);
      expect(result.message.fr.length).toBeGreaterThan(20);
      expect(result.message.en.length).toBeGreaterThan(20);
    });
  }

  it('words "too few answers" for non-statisticians, in both languages', () => {
    const r = welchTTest([3], [1, 2, 3]);
    if (r.ok) throw new Error("should refuse");
    expect(r.message.fr).toBe("Trop peu de réponses pour conclure\u00a0: il en faut au moins 2 par groupe.");
    expect(r.message.en).toBe("Too few answers to conclude: at least 2 per group are needed.");
  });
});
