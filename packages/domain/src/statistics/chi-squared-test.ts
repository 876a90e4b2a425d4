import { chiSquaredTails } from "./distributions/chi-squared.ts";
import { cramersVThresholds, type Magnitude, magnitudeOf } from "./magnitude.ts";
import { cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { checkTable } from "./validate.ts";

export interface ChiSquaredOptions {
  /** Yates' continuity correction for 2×2 tables, default true as in R's chisq.test. */
  readonly correct?: boolean;
}

export interface ChiSquaredTest {
  readonly test: "chi-squared";
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly n: number;
  readonly expected: readonly (readonly number[])[];
  /** Pearson residuals (observed − expected) / √expected, R's $residuals. */
  readonly residuals: readonly (readonly number[])[];
  /** Standardized residuals, R's $stdres: approximately N(0, 1) cell by cell. */
  readonly standardizedResiduals: readonly (readonly number[])[];
  /** The correction actually subtracted from each |observed − expected| (R: min(½, |O − E|)). */
  readonly continuityCorrection: number;
  /** Cramér's V, always from the uncorrected X², so that it does not depend on the option. */
  readonly cramersV: number;
  /** Cohen's w conventions scaled by √(min(r, c) − 1). */
  readonly magnitude: Magnitude;
  /** True when an expected count is below 5: R warns that the approximation may be poor. */
  readonly lowExpectedCounts: boolean;
}

/** R's chisq.test(table, correct = …) for a table of counts, rows × columns. */
export function chiSquaredTest(
  table: readonly (readonly number[])[],
  options: ChiSquaredOptions = {},
): StatResult<ChiSquaredTest> {
  const { correct = true } = options;
  const invalid = checkTable(table, "rxc");
  if (invalid) return invalid;
  const rows = table.length;
  const cols = table[0]?.length ?? 0;
  const rowSums = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: cols }, (_, j) => table.reduce((a, row) => a + (row[j] ?? 0), 0));
  const n = rowSums.reduce((a, b) => a + b, 0);
  if (n === 0 || rowSums.some((s) => s === 0) || colSums.some((s) => s === 0))
    return cannotCompute("EMPTY_CATEGORY");
  const expected = rowSums.map((r) => colSums.map((c) => (r * c) / n));
  const cell = (i: number, j: number) => table[i]?.[j] ?? 0;
  const exp = (i: number, j: number) => expected[i]?.[j] ?? 1;
  let yates = 0;
  if (correct && rows === 2 && cols === 2) {
    yates = 0.5;
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) yates = Math.min(yates, Math.abs(cell(i, j) - exp(i, j)));
  }
  let statistic = 0;
  let uncorrected = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const deviation = Math.abs(cell(i, j) - exp(i, j));
      statistic += (deviation - yates) ** 2 / exp(i, j);
      uncorrected += deviation ** 2 / exp(i, j);
    }
  }
  const df = (rows - 1) * (cols - 1);
  const residuals = expected.map((row, i) => row.map((e, j) => (cell(i, j) - e) / Math.sqrt(e)));
  const standardizedResiduals = expected.map((row, i) =>
    row.map((e, j) => {
      const r = rowSums[i] ?? 0;
      const c = colSums[j] ?? 0;
      return (cell(i, j) - e) / Math.sqrt((c * r * (n - r) * (n - c)) / n ** 3);
    }),
  );
  const cramersV = Math.sqrt(uncorrected / (n * (Math.min(rows, cols) - 1)));
  return computed({
    test: "chi-squared" as const,
    statistic,
    df,
    pValue: chiSquaredTails(statistic, df).upper,
    n,
    expected,
    residuals,
    standardizedResiduals,
    continuityCorrection: yates,
    cramersV,
    magnitude: magnitudeOf(cramersV, cramersVThresholds(rows, cols)),
    lowExpectedCounts: expected.some((row) => row.some((e) => e < 5)),
  });
}
