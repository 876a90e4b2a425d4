import { betaTails } from "../special/incomplete-beta.ts";
import { logBeta } from "../special/log-gamma.ts";
import { type Tails, tails } from "../special/tails.ts";
import { assertNotNaN, assertPositive } from "./arguments.ts";
import { quantileFromTails } from "./invert.ts";

/** P(F ≤ f) and P(F > f) for Fisher's F with (df1, df2) degrees of freedom. */
export function fTails(f: number, df1: number, df2: number): Tails {
  assertNotNaN(f, "f", "fTails");
  assertPositive(df1, "df1", "fTails");
  assertPositive(df2, "df2", "fTails");
  if (f <= 0) return tails(0, 1);
  if (f === Number.POSITIVE_INFINITY) return tails(1, 0);
  const denominator = df1 * f + df2;
  return betaTails((df1 * f) / denominator, df2 / denominator, df1 / 2, df2 / 2);
}

export function fDensity(f: number, df1: number, df2: number): number {
  if (f <= 0) return 0;
  const a = df1 / 2;
  const b = df2 / 2;
  return Math.exp(
    a * Math.log(df1 / df2) + (a - 1) * Math.log(f) - (a + b) * Math.log1p((df1 * f) / df2) - logBeta(a, b),
  );
}

/** The f with P(F ≤ f) = p (or P(F > f) = p when `lowerTail` is false). */
export function fQuantile(p: number, df1: number, df2: number, lowerTail = true): number {
  assertPositive(df1, "df1", "fQuantile");
  assertPositive(df2, "df2", "fQuantile");
  return quantileFromTails((f) => fTails(f, df1, df2), p, lowerTail, 1, "fQuantile");
}
