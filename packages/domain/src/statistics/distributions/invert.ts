import { zeroin } from "../roots/zeroin.ts";
import type { Tails } from "../special/tails.ts";
import { assertProbability } from "./arguments.ts";

/**
 * The x ≥ 0 at which a continuous distribution on [0, ∞) reaches probability p, found on the
 * tail that is below ½ so that small tail probabilities keep their relative precision.
 */
export function quantileFromTails(
  tailsAt: (x: number) => Tails,
  p: number,
  lowerTail: boolean,
  start: number,
  where: string,
): number {
  assertProbability(p, where);
  const useLower = lowerTail ? p <= 0.5 : p > 0.5;
  const target = p <= 0.5 ? p : 1 - p;
  // Increasing in x in both cases: the lower tail rises, and so does minus the upper tail.
  const g = useLower ? (x: number) => tailsAt(x).lower - target : (x: number) => target - tailsAt(x).upper;
  let hi = start;
  let gHi = g(hi);
  let lo = 0;
  let gLo = -target;
  while (gHi < 0) {
    lo = hi;
    gLo = gHi;
    hi *= 2;
    if (!Number.isFinite(hi)) return Number.MAX_VALUE;
    gHi = g(hi);
  }
  return zeroin(g, lo, hi, gLo, gHi, 0, 5000).root;
}
