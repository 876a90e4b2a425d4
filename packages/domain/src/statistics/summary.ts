/**
 * Sums, means and variances with compensated summation: R accumulates in long double, and a
 * naive double loop would drift from it by more than the 10⁻⁹ the fixtures demand on large
 * or badly centred samples.
 */

export function sum(values: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    const t = s + v;
    // Once the sum overflows the compensation is Inf − Inf; keep the overflow visible instead.
    if (Number.isFinite(t)) c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return Number.isFinite(s) ? s + c : s;
}

/** The mean, refined by a second pass as R's mean() does. */
export function mean(values: readonly number[]): number {
  const n = values.length;
  const first = sum(values) / n;
  let residual = 0;
  for (const v of values) residual += v - first;
  return first + residual / n;
}

/** The sample variance (denominator n − 1), two-pass around the refined mean. */
export function variance(values: readonly number[]): number {
  const m = mean(values);
  return sum(values.map((v) => (v - m) * (v - m))) / (values.length - 1);
}

export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation; 0 for a single value. */
  readonly sd: number;
}

export function summarize(values: readonly number[]): SampleSummary {
  return {
    n: values.length,
    mean: mean(values),
    sd: values.length > 1 ? standardDeviation(values) : 0,
  };
}
