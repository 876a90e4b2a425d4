import { logChoose } from "../special/log-gamma.ts";
import { assertProbability } from "./arguments.ts";

// Parameters as R's dhyper(x, m, n, k): m white and n black balls, k drawn, x white drawn.

export function hypergeometricSupport(m: number, n: number, k: number): { lo: number; hi: number } {
  return { lo: Math.max(0, k - n), hi: Math.min(k, m) };
}

export function hypergeometricLogPmf(x: number, m: number, n: number, k: number): number {
  const { lo, hi } = hypergeometricSupport(m, n, k);
  if (!Number.isInteger(x) || x < lo || x > hi) return Number.NEGATIVE_INFINITY;
  return logChoose(m, x) + logChoose(n, k - x) - logChoose(m + n, k);
}

export function hypergeometricPmf(x: number, m: number, n: number, k: number): number {
  return Math.exp(hypergeometricLogPmf(x, m, n, k));
}

/** P(X ≤ x), or P(X > x) when `lowerTail` is false, each summed over its own terms. */
export function hypergeometricCdf(x: number, m: number, n: number, k: number, lowerTail = true): number {
  const { lo, hi } = hypergeometricSupport(m, n, k);
  const q = Math.floor(x);
  let sum = 0;
  if (lowerTail) {
    for (let i = lo; i <= Math.min(q, hi); i++) sum += hypergeometricPmf(i, m, n, k);
  } else {
    for (let i = Math.max(q + 1, lo); i <= hi; i++) sum += hypergeometricPmf(i, m, n, k);
  }
  return Math.min(sum, 1);
}

/** The smallest x with P(X ≤ x) ≥ p, with R's fuzz against rounding (p·(1 − 1000·ε)). */
export function hypergeometricQuantile(p: number, m: number, n: number, k: number): number {
  assertProbability(p, "hypergeometricQuantile");
  const { lo, hi } = hypergeometricSupport(m, n, k);
  const target = p * (1 - 1000 * Number.EPSILON);
  let sum = 0;
  for (let x = lo; x < hi; x++) {
    sum += hypergeometricPmf(x, m, n, k);
    if (sum >= target) return x;
  }
  return hi;
}
