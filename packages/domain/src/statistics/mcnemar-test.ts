import { chiSquaredTails } from "./distributions/chi-squared.ts";
import { COHEN_G, type Magnitude, magnitudeOf } from "./magnitude.ts";
import { cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { checkTable } from "./validate.ts";

export interface McNemarOptions {
  /** Continuity correction (|b − c| − 1)², default true as in R's mcnemar.test. */
  readonly correct?: boolean;
}

export interface McNemarTest {
  readonly test: "mcnemar";
  readonly statistic: number;
  readonly df: 1;
  readonly pValue: number;
  readonly pairs: number;
  /** Pairs "yes" for x and "no" for y (table[0][1]), and the reverse (table[1][0]). */
  readonly yesToNo: number;
  readonly noToYes: number;
  /** Share of "yes" in x (first row) and in y (first column). */
  readonly proportionX: number;
  readonly proportionY: number;
  readonly continuityCorrected: boolean;
  /** Cohen's g = max(b, c) / (b + c) − ½. */
  readonly cohensG: number;
  readonly magnitude: Magnitude;
}

/**
 * R's mcnemar.test on the 2×2 table of paired yes/no answers: rows are x (yes, no), columns y
 * (yes, no). Only the pairs that changed answer carry information.
 */
export function mcnemarTest(
  table: readonly (readonly number[])[],
  options: McNemarOptions = {},
): StatResult<McNemarTest> {
  const { correct = true } = options;
  const invalid = checkTable(table, "2x2");
  if (invalid) return invalid;
  const a = table[0]?.[0] ?? 0;
  const b = table[0]?.[1] ?? 0;
  const c = table[1]?.[0] ?? 0;
  const d = table[1]?.[1] ?? 0;
  const pairs = a + b + c + d;
  if (b + c === 0) return cannotCompute("NO_DISCORDANT_PAIRS");
  const continuityCorrected = correct && b !== c;
  const numerator = continuityCorrected ? Math.abs(b - c) - 1 : b - c;
  const statistic = numerator ** 2 / (b + c);
  const cohensG = Math.max(b, c) / (b + c) - 0.5;
  return computed({
    test: "mcnemar" as const,
    statistic,
    df: 1 as const,
    pValue: chiSquaredTails(statistic, 1).upper,
    pairs,
    yesToNo: b,
    noToYes: c,
    proportionX: (a + b) / pairs,
    proportionY: (a + c) / pairs,
    continuityCorrected,
    cohensG,
    magnitude: magnitudeOf(cohensG, COHEN_G),
  });
}

/** The McNemar table from paired answers: x[i] and y[i] are the same person's two answers. */
export function pairedYesNoTable(x: readonly boolean[], y: readonly boolean[]): number[][] {
  const table = [
    [0, 0],
    [0, 0],
  ];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const row = table[x[i] ? 0 : 1];
    const j = y[i] ? 0 : 1;
    if (row) row[j] = (row[j] ?? 0) + 1;
  }
  return table;
}

/** McNemar's test from the paired answers themselves (x = later, y = earlier, say). */
export function mcnemarTestFromPairs(
  x: readonly boolean[],
  y: readonly boolean[],
  options: McNemarOptions = {},
): StatResult<McNemarTest> {
  if (x.length !== y.length) return cannotCompute("LENGTH_MISMATCH", { sizes: [x.length, y.length] });
  return mcnemarTest(pairedYesNoTable(x, y), options);
}
