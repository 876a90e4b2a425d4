import { fTails } from "./distributions/fisher-f.ts";
import { studentTQuantile, studentTTails } from "./distributions/student-t.ts";
import { leastSquares } from "./qr-least-squares.ts";
import { type ConfidenceInterval, cannotCompute, computed, type StatResult } from "./stat-result.ts";
import { mean, sum } from "./summary.ts";
import { checkLevel, checkSample } from "./validate.ts";

export interface NamedColumn {
  readonly name: string;
  readonly values: readonly number[];
}

export interface OlsOptions {
  /** Add an intercept named "(Intercept)" first, as R's lm does by default. Default true. */
  readonly intercept?: boolean;
  /** Confidence level of the coefficients' intervals (R's confint), default 0.95. */
  readonly level?: number;
}

export interface OlsCoefficient {
  readonly name: string;
  readonly estimate: number;
  readonly standardError: number;
  readonly statistic: number;
  readonly pValue: number;
  readonly confidenceInterval: ConfidenceInterval;
}

export interface OlsFit {
  readonly coefficients: readonly OlsCoefficient[];
  readonly n: number;
  readonly dfResidual: number;
  /** R's summary.lm: 0 for an intercept-only model. */
  readonly rSquared: number;
  readonly adjustedRSquared: number;
  /** √(RSS / df), R's sigma. */
  readonly residualStandardError: number;
  /** The overall F test against the intercept-only model; null when there is nothing to test. */
  readonly fStatistic: {
    readonly value: number;
    readonly numeratorDf: number;
    readonly denominatorDf: number;
    readonly pValue: number;
  } | null;
}

export const INTERCEPT = "(Intercept)";

/**
 * Ordinary least squares, as R's summary(lm(y ~ …)) with classical (homoskedastic) standard
 * errors. Columns are used in the order given.
 */
export function ols(
  y: readonly number[],
  predictors: readonly NamedColumn[],
  options: OlsOptions = {},
): StatResult<OlsFit> {
  const { intercept = true, level = 0.95 } = options;
  const invalid = checkSample(y, "y") ?? checkLevel(level) ?? checkColumns(y.length, predictors);
  if (invalid) return invalid;
  const n = y.length;
  const columns = intercept
    ? [{ name: INTERCEPT, values: new Array<number>(n).fill(1) }, ...predictors]
    : [...predictors];
  const p = columns.length;
  if (p === 0) return cannotCompute("INVALID_OPTION", { name: "predictors" });
  if (n <= p) return cannotCompute("TOO_FEW_ANSWERS", { min: p + 1, per: "sample" });
  const fit = leastSquares(
    columns.map((c) => c.values),
    y,
  );
  if (!fit.ok)
    return cannotCompute("REDUNDANT_VARIABLE", { name: columns[fit.collinearColumn]?.name ?? "?" });
  const fitted = y.map((_, i) =>
    columns.reduce((s, c, j) => s + (c.values[i] ?? 0) * (fit.coefficients[j] ?? 0), 0),
  );
  const residuals = y.map((v, i) => v - (fitted[i] ?? 0));
  const rss = sum(residuals.map((r) => r * r));
  const meanFitted = mean(fitted);
  const centred = sum(fitted.map((f) => (f - meanFitted) ** 2));
  const mss = intercept ? centred : sum(fitted.map((f) => f * f));
  const dfResidual = n - p;
  const residualVariance = rss / dfResidual;
  if (!Number.isFinite(residualVariance) || !fit.coefficients.every(Number.isFinite))
    return cannotCompute("OUT_OF_RANGE");
  // R warns "essentially perfect fit" below this; standard errors of 0 would give infinite t.
  const scale = meanFitted ** 2 + centred / (n - 1);
  if (!(residualVariance > scale * 1e-30) || rss === 0) return cannotCompute("PERFECT_FIT");
  const q = studentTQuantile(1 - (1 - level) / 2, dfResidual);
  if (!fit.inverseGramDiagonal.every(Number.isFinite)) return cannotCompute("OUT_OF_RANGE");
  const coefficients = columns.map((c, j) => {
    const estimate = fit.coefficients[j] ?? 0;
    const standardError = Math.sqrt(residualVariance * (fit.inverseGramDiagonal[j] ?? 0));
    const statistic = estimate / standardError;
    return {
      name: c.name,
      estimate,
      standardError,
      statistic,
      pValue: Math.min(1, 2 * studentTTails(-Math.abs(statistic), dfResidual).lower),
      confidenceInterval: { lower: estimate - q * standardError, upper: estimate + q * standardError, level },
    };
  });
  const dfIntercept = intercept ? 1 : 0;
  const tested = p - dfIntercept;
  const rSquared = tested > 0 ? mss / (mss + rss) : 0;
  const adjustedRSquared = tested > 0 ? 1 - (1 - rSquared) * ((n - dfIntercept) / dfResidual) : 0;
  const fValue = tested > 0 ? mss / tested / residualVariance : 0;
  return computed({
    coefficients,
    n,
    dfResidual,
    rSquared,
    adjustedRSquared,
    residualStandardError: Math.sqrt(residualVariance),
    fStatistic:
      tested > 0
        ? {
            value: fValue,
            numeratorDf: tested,
            denominatorDf: dfResidual,
            pValue: fTails(fValue, tested, dfResidual).upper,
          }
        : null,
  });
}

function checkColumns(n: number, predictors: readonly NamedColumn[]) {
  const names = new Set<string>([INTERCEPT]);
  for (const column of predictors) {
    if (!column.name || names.has(column.name))
      return cannotCompute("INVALID_OPTION", { name: column.name || "name" });
    names.add(column.name);
    const bad = checkSample(column.values, column.name);
    if (bad) return bad;
    if (column.values.length !== n)
      return cannotCompute("LENGTH_MISMATCH", { sizes: [n, column.values.length] });
  }
  return null;
}
