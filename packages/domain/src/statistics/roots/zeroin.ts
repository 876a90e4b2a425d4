/**
 * Brent's zero finder in the form of Forsythe, Malcolm & Moler (Computer Methods for
 * Mathematical Computations, 1977), with the stopping rule and iteration count of R's
 * uniroot: R's fisher.test and power.t.test report roots found with uniroot's default
 * tolerance (≈ 1.2·10⁻⁴), so reproducing the same steps reproduces the numbers users see in R.
 */

export const R_UNIROOT_TOLERANCE = Number.EPSILON ** 0.25;
const MAX_ITERATIONS = 1000;

export interface ZeroinResult {
  readonly root: number;
  readonly converged: boolean;
}

/** A root of f in [a, b], given f(a) and f(b) of opposite signs (or one of them zero). */
export function zeroin(
  f: (x: number) => number,
  ax: number,
  bx: number,
  fax: number,
  fbx: number,
  tolerance = R_UNIROOT_TOLERANCE,
  maxIterations = MAX_ITERATIONS,
): ZeroinResult {
  let a = ax;
  let b = bx;
  let fa = fax;
  let fb = fbx;
  let c = a;
  let fc = fa;
  if (fa === 0) return { root: a, converged: true };
  if (fb === 0) return { root: b, converged: true };
  for (let remaining = maxIterations + 1; remaining > 0; remaining--) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) return { root: b, converged: true };
    if (Math.abs(previousStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        const qa = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1));
        q = (qa - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((previousStep * q) / 2))
        newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return { root: b, converged: false };
}

/**
 * R's uniroot(f, c(lower, upper), tol, extendInt = "upX") for an increasing f: when f(upper)
 * is still negative the upper end is pushed out as R does (steps of 1 % of |upper|, doubling).
 * Returns null when no sign change can be found.
 */
export function unirootIncreasing(
  f: (x: number) => number,
  lower: number,
  upper: number,
  tolerance = R_UNIROOT_TOLERANCE,
): ZeroinResult | null {
  const fLower = f(lower);
  let hi = upper;
  let fHi = f(hi);
  if (fLower > 0) return null;
  let delta = 0.01 * Math.max(1e-4, Math.abs(hi));
  for (let it = 0; fHi < 0; it++) {
    if (it >= MAX_ITERATIONS || !Number.isFinite(hi)) return null;
    hi += delta;
    fHi = f(hi);
    delta *= 2;
  }
  return zeroin(f, lower, hi, fLower, fHi, tolerance);
}
