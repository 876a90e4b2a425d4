import { gammaTails } from "../special/incomplete-gamma.ts";
import { logGamma } from "../special/log-gamma.ts";
import type { Tails } from "../special/tails.ts";
import { assertNotNaN, assertPositive } from "./arguments.ts";
import { quantileFromTails } from "./invert.ts";

/** P(X ≤ x) and P(X > x) for a χ² variable with `df` degrees of freedom. */
export function chiSquaredTails(x: number, df: number): Tails {
  assertNotNaN(x, "x", "chiSquaredTails");
  assertPositive(df, "df", "chiSquaredTails");
  return gammaTails(df / 2, x / 2);
}

export function chiSquaredDensity(x: number, df: number): number {
  if (x <= 0) return 0;
  const k = df / 2;
  return Math.exp((k - 1) * Math.log(x) - x / 2 - k * Math.LN2 - logGamma(k));
}

/** The x with P(X ≤ x) = p (or P(X > x) = p when `lowerTail` is false). */
export function chiSquaredQuantile(p: number, df: number, lowerTail = true): number {
  assertPositive(df, "df", "chiSquaredQuantile");
  return quantileFromTails(
    (x) => chiSquaredTails(x, df),
    p,
    lowerTail,
    Math.max(df, 1),
    "chiSquaredQuantile",
  );
}
