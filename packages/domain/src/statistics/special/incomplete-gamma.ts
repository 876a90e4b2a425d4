import { logGamma } from "./log-gamma.ts";
import { type Tails, tails } from "./tails.ts";

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): the series
 * below a + 1, the continued fraction above, each side's tail returned as computed.
 */
export function gammaTails(a: number, x: number): Tails {
  if (x <= 0) return tails(0, 1);
  if (x === Number.POSITIVE_INFINITY) return tails(1, 0);
  const front = Math.exp(a * Math.log(x) - x - logGamma(a));
  if (x < a + 1) {
    const v = front * series(a, x);
    return tails(v, 1 - v);
  }
  const v = front * continuedFraction(a, x);
  return tails(1 - v, v);
}

function series(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let k = 1; k <= MAX_ITERATIONS; k++) {
    term *= x / (a + k);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum;
}

// Modified Lentz evaluation of the continued fraction of Q(a, x) (DLMF 8.9.2).
function continuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}
