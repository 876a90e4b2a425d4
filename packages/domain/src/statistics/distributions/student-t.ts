import { betaTails } from "../special/incomplete-beta.ts";
import { logBeta } from "../special/log-gamma.ts";
import { type Tails, tails } from "../special/tails.ts";
import { assertNotNaN, assertPositive, assertProbability } from "./arguments.ts";
import { normalQuantile, normalTails } from "./normal.ts";
import { cornishFisherT, cornishFisherZ, expansionApplies, LARGE_DF } from "./student-t-large-df.ts";

/** P(T ≤ t) and P(T > t) for Student's t with `df` degrees of freedom (df may be fractional). */
export function studentTTails(t: number, df: number): Tails {
  assertNotNaN(t, "t", "studentTTails");
  assertPositive(df, "df", "studentTTails");
  if (df === Number.POSITIVE_INFINITY) return normalTails(t);
  if (t === Number.POSITIVE_INFINITY) return tails(1, 0);
  if (t === Number.NEGATIVE_INFINITY) return tails(0, 1);
  if (expansionApplies(t, df)) return normalTails(cornishFisherZ(t, df));
  const nx = 1 + (t / df) * t;
  let bothTails: number;
  if (nx > 1e100) {
    // t² overflows the beta route; its leading term is exact to double precision here.
    const logValue =
      -0.5 * df * (2 * Math.log(Math.abs(t)) - Math.log(df)) - logBeta(0.5 * df, 0.5) - Math.log(0.5 * df);
    bothTails = Math.exp(logValue);
  } else {
    const t2 = t * t;
    bothTails = betaTails(1 / nx, t2 / (df + t2), df / 2, 0.5).lower;
  }
  const one = bothTails / 2;
  return t > 0 ? tails(1 - one, one) : tails(one, 1 - one);
}

export function studentTDensity(t: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** The t with P(T ≤ t) = p (or P(T > t) = p when `lowerTail` is false). */
export function studentTQuantile(p: number, df: number, lowerTail = true): number {
  assertProbability(p, "studentTQuantile");
  assertPositive(df, "df", "studentTQuantile");
  const negative = lowerTail ? p < 0.5 : p > 0.5;
  const tail = p < 0.5 ? p : 1 - p;
  if (tail === 0.5) return 0;
  const q = upperQuantile(tail, df);
  return negative ? -q : q;
}

/** The q > 0 with P(T > q) = tail, for 0 < tail < ½. */
function upperQuantile(tail: number, df: number): number {
  if (df > 1e20) return normalQuantile(tail, false);
  if (df >= LARGE_DF) {
    const z = normalQuantile(tail, false);
    if (expansionApplies(z, df)) return cornishFisherT(z, df);
  }
  if (df < 1) return bisectUpper(tail, df);
  const both = 2 * tail;
  if (Math.abs(df - 2) < 1e-12) {
    if (3 * both < Number.EPSILON) return 1 / Math.sqrt(both);
    if (both > 0.9) return (1 - both) * Math.sqrt(2 / (both * (2 - both)));
    return Math.sqrt(2 / (both * (2 - both)) - 2);
  }
  if (df < 1 + 1e-12) return 1 / Math.tan(Math.PI * tail);
  return refine(hill(both, df), tail, df);
}

/**
 * G. W. Hill (1970), "Algorithm 396: Student's t-quantiles", CACM 13, 619–620: a starting
 * value good to a few digits, for `both` = P(|T| > q).
 */
function hill(both: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((20700 * a) / b - 98) * a - 16;
  c = c * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI * 0.5) * df;
  let y = (d * both) ** (2 / df);
  if ((df < 2.1 && both > 0.5) || y > 0.05 + a) {
    const x = normalQuantile(0.5 * both);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      (((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
        (df + 1)) /
        (df + 2) +
      1 / y;
  }
  return Math.sqrt(df * y);
}

// Two-term Taylor steps on the upper tail (Hill 1981, ACM TOMS 7, 250–251) until the step is
// below 10⁻¹⁴ relative: Hill's start is close enough for this to converge in a few steps.
function refine(start: number, tail: number, df: number): number {
  let q = start;
  for (let it = 0; it < 20; it++) {
    const density = studentTDensity(q, df);
    if (!(density > 0)) break;
    const x = (studentTTails(q, df).upper - tail) / density;
    if (!Number.isFinite(x) || Math.abs(x) <= 1e-14 * Math.abs(q)) break;
    const f = (q * (df + 1)) / (2 * (q * q + df));
    const step = x * (1 + x * f);
    if (!Number.isFinite(q + step)) break;
    q += step;
  }
  return q;
}

// Below one degree of freedom the tails are too heavy for Hill's start: halve an interval.
function bisectUpper(tail: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTTails(hi, df).upper > tail && hi < Number.MAX_VALUE / 2) hi *= 2;
  for (let it = 0; it < 2000 && hi - lo > 1e-15 * hi; it++) {
    const mid = 0.5 * (lo + hi);
    if (studentTTails(mid, df).upper > tail) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
