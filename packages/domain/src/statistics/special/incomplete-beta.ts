import { logBeta } from "./log-gamma.ts";
import { type Tails, tails } from "./tails.ts";

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * The regularized incomplete beta function I_x(a, b) and 1 − I_x(a, b). `y` is 1 − x, passed
 * separately because callers can usually form it without cancellation (t: df / (df + t²)).
 * The continued fraction is evaluated on whichever side converges fast, and that side's tail is
 * returned as computed, so neither tail is ever obtained by subtracting a near-1 value from 1.
 */
export function betaTails(x: number, y: number, a: number, b: number): Tails {
  if (x <= 0) return tails(0, 1);
  if (y <= 0) return tails(1, 0);
  if (x < (a + 1) / (a + b + 2)) {
    const v = (prefactor(x, y, a, b) * continuedFraction(x, a, b)) / a;
    return tails(v, 1 - v);
  }
  const v = (prefactor(x, y, a, b) * continuedFraction(y, b, a)) / b;
  return tails(1 - v, v);
}

/** x^a · y^b / B(a, b), in logs so that large a and b neither overflow nor underflow early. */
function prefactor(x: number, y: number, a: number, b: number): number {
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

// Modified Lentz evaluation of the continued fraction of I_x(a, b) (DLMF 8.17.22).
function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = guard(1 - (qab * x) / qap);
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / guard(1 + aa * d);
    c = guard(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / guard(1 + aa * d);
    c = guard(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

function guard(v: number): number {
  return Math.abs(v) < TINY ? TINY : v;
}
