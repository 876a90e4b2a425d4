import { hypergeometricCdf, hypergeometricLogPmf } from "./distributions/hypergeometric.ts";
import { R_UNIROOT_TOLERANCE, zeroin } from "./roots/zeroin.ts";
import {
  type Alternative,
  type ConfidenceInterval,
  cannotCompute,
  computed,
  type StatResult,
} from "./stat-result.ts";
import { checkAlternative, checkLevel, checkTable } from "./validate.ts";

export interface FisherOptions {
  readonly alternative?: Alternative;
  readonly level?: number;
}

export interface FisherExactTest {
  readonly test: "fisher-exact";
  readonly alternative: Alternative;
  readonly pValue: number;
  /**
   * The conditional maximum-likelihood estimate of the odds ratio (the one R's fisher.test
   * reports), not the sample cross-product ad/bc; null when it is infinite (a zero cell).
   */
  readonly oddsRatio: number | null;
  readonly oddsRatioMethod: "conditional-mle";
  /** Conditional ("exact") interval; an upper bound of null is +∞. */
  readonly confidenceInterval: ConfidenceInterval;
  /** ad / bc, for reference; null when bc = 0. */
  readonly sampleOddsRatio: number | null;
}

// R sums the probabilities not above the observed one with this relative fuzz, so that tables
// as likely as the observed one are not lost to rounding.
const RELATIVE_FUZZ = 1 + 1e-7;

/**
 * R's fisher.test for a 2×2 table [[a, b], [c, d]]. Roots are found with R's uniroot steps and
 * tolerance, so the odds ratio and its interval are the numbers R prints (R's tolerance makes
 * them accurate to about 10⁻⁴ relative, which is ample for reporting).
 */
export function fisherExactTest(
  table: readonly (readonly number[])[],
  options: FisherOptions = {},
): StatResult<FisherExactTest> {
  const { alternative = "two.sided", level = 0.95 } = options;
  const invalid = checkTable(table, "2x2") ?? checkAlternative(alternative) ?? checkLevel(level);
  if (invalid) return invalid;
  const a = table[0]?.[0] ?? 0;
  const b = table[0]?.[1] ?? 0;
  const c = table[1]?.[0] ?? 0;
  const d = table[1]?.[1] ?? 0;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return cannotCompute("EMPTY_CATEGORY");
  const h = new NoncentralHypergeometric(a + c, b + d, a + b, a);
  const x = a;
  let pValue: number;
  if (alternative === "less") pValue = h.cdf(x, 1, false);
  else if (alternative === "greater") pValue = h.cdf(x, 1, true);
  else {
    const density = h.density(1);
    const observed = (density[x - h.lo] ?? 0) * RELATIVE_FUZZ;
    pValue = density.reduce((s, p) => (p <= observed ? s + p : s), 0);
  }
  let confidenceInterval: ConfidenceInterval;
  if (alternative === "less") confidenceInterval = { lower: 0, upper: h.upperBound(1 - level), level };
  else if (alternative === "greater")
    confidenceInterval = { lower: h.lowerBound(1 - level), upper: null, level };
  else {
    const alpha = (1 - level) / 2;
    confidenceInterval = { lower: h.lowerBound(alpha), upper: h.upperBound(alpha), level };
  }
  return computed({
    test: "fisher-exact" as const,
    alternative,
    pValue: Math.min(1, pValue),
    oddsRatio: h.mle(),
    oddsRatioMethod: "conditional-mle" as const,
    confidenceInterval,
    sampleOddsRatio: b * c === 0 ? null : (a * d) / (b * c),
  });
}

/** The distribution of the top-left cell given the margins, for an odds ratio ψ (null = ∞). */
class NoncentralHypergeometric {
  readonly lo: number;
  readonly hi: number;
  private readonly support: number[];
  private readonly logCentral: number[];

  constructor(
    private readonly m: number,
    private readonly n: number,
    private readonly k: number,
    private readonly x: number,
  ) {
    this.lo = Math.max(0, k - n);
    this.hi = Math.min(k, m);
    this.support = [];
    for (let i = this.lo; i <= this.hi; i++) this.support.push(i);
    this.logCentral = this.support.map((i) => hypergeometricLogPmf(i, m, n, k));
  }

  density(psi: number): number[] {
    const logPsi = Math.log(psi);
    const logs = this.logCentral.map((l, i) => l + logPsi * (this.support[i] ?? 0));
    const top = Math.max(...logs);
    const weights = logs.map((l) => Math.exp(l - top));
    const total = weights.reduce((s, w) => s + w, 0);
    return weights.map((w) => w / total);
  }

  mean(psi: number): number {
    if (psi === 0) return this.lo;
    if (psi === Number.POSITIVE_INFINITY) return this.hi;
    return this.density(psi).reduce((s, p, i) => s + (this.support[i] ?? 0) * p, 0);
  }

  /** P(X ≤ x | ψ), or P(X ≥ x | ψ) when `upper`. */
  cdf(q: number, psi: number, upper: boolean): number {
    if (psi === 1) {
      return upper
        ? hypergeometricCdf(this.x - 1, this.m, this.n, this.k, false)
        : hypergeometricCdf(this.x, this.m, this.n, this.k);
    }
    if (psi === 0) return Number(upper ? q <= this.lo : q >= this.lo);
    if (psi === Number.POSITIVE_INFINITY) return Number(upper ? q <= this.hi : q >= this.hi);
    return this.density(psi).reduce((s, p, i) => {
      const at = this.support[i] ?? 0;
      return (upper ? at >= q : at <= q) ? s + p : s;
    }, 0);
  }

  /** The ψ that makes x the expected value, as R's fisher.test finds it. */
  mle(): number | null {
    if (this.x === this.lo) return 0;
    if (this.x === this.hi) return null;
    const mu = this.mean(1);
    if (mu > this.x) return uniroot((t) => this.mean(t) - this.x, 0, 1);
    if (mu < this.x) return 1 / uniroot((t) => this.mean(1 / t) - this.x, Number.EPSILON, 1);
    return 1;
  }

  upperBound(alpha: number): number | null {
    if (this.x === this.hi) return null;
    const p = this.cdf(this.x, 1, false);
    if (p < alpha) return uniroot((t) => this.cdf(this.x, t, false) - alpha, 0, 1);
    if (p > alpha) return 1 / uniroot((t) => this.cdf(this.x, 1 / t, false) - alpha, Number.EPSILON, 1);
    return 1;
  }

  lowerBound(alpha: number): number {
    if (this.x === this.lo) return 0;
    const p = this.cdf(this.x, 1, true);
    if (p > alpha) return uniroot((t) => this.cdf(this.x, t, true) - alpha, 0, 1);
    if (p < alpha) return 1 / uniroot((t) => this.cdf(this.x, 1 / t, true) - alpha, Number.EPSILON, 1);
    return 1;
  }
}

function uniroot(f: (t: number) => number, lower: number, upper: number): number {
  return zeroin(f, lower, upper, f(lower), f(upper), R_UNIROOT_TOLERANCE).root;
}
