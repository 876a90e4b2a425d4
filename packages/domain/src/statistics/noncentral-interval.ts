import { noncentralTCdf } from "./distributions/noncentral-t.ts";
import { zeroin } from "./roots/zeroin.ts";

const TOLERANCE = 1e-13;

/**
 * The noncentrality parameters between which an observed t lies with the given confidence:
 * the ncp whose distribution puts t at its upper (1 − level)/2 point, and at its lower one.
 * This is the exact interval for a standardized mean difference under normality (Steiger &
 * Fouladi 1997), the one R's effectsize package reports by default.
 */
export function noncentralityInterval(
  t: number,
  df: number,
  level: number,
): { lower: number; upper: number } | null {
  const alpha = (1 - level) / 2;
  const lower = noncentralityFor(t, df, 1 - alpha);
  const upper = noncentralityFor(t, df, alpha);
  return lower === null || upper === null ? null : { lower, upper };
}

/** The ncp with P(T ≤ t | df, ncp) = target; that probability decreases as ncp grows. */
function noncentralityFor(t: number, df: number, target: number): number | null {
  const g = (ncp: number) => noncentralTCdf(t, df, ncp) - target;
  let step = Math.max(1, Math.abs(t));
  let lo = t - step;
  let gLo = g(lo);
  for (let i = 0; gLo < 0; i++) {
    if (i > 60) return null;
    step *= 2;
    lo -= step;
    gLo = g(lo);
  }
  step = Math.max(1, Math.abs(t));
  let hi = t + step;
  let gHi = g(hi);
  for (let i = 0; gHi > 0; i++) {
    if (i > 60) return null;
    step *= 2;
    hi += step;
    gHi = g(hi);
  }
  const found = zeroin(g, lo, hi, gLo, gHi, TOLERANCE);
  return found.converged ? found.root : null;
}
