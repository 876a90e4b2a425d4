import { type ResolvedAssumption, withAssumption } from "./assumptions.ts";
import { bisect } from "./bisect.ts";
import { type CompiledSroi, outcomePresentValue, presentValue } from "./compiled-model.ts";

export type Solved =
  | { status: "found"; value: number; method: "analytic" | "bisection" }
  | { status: "unreachable" | "insensitive"; method: "analytic" | "bisection" };

/**
 * PV = PV_rest + slope × x for Q and P, and PV_rest + slope × (1 − x) for DW, DS and AT,
 * so 1:1 (PV = I) is solved in closed form. PV_rest is summed from the other outcomes rather
 * than subtracted from the total, to avoid cancellation when one outcome dominates.
 */
function solveLinear(c: CompiledSroi, a: ResolvedAssumption): Solved {
  const rest = presentValue(c, a.index);
  const complement = a.parameter !== "quantity" && a.parameter !== "proxy";
  const slope = withAssumption(c, a, complement ? 0 : 1, () => outcomePresentValue(c, a.index));
  if (slope === 0) return { status: "insensitive", method: "analytic" };
  const solution = (c.investment - rest) / slope;
  let value = complement ? 1 - solution : solution;
  // A solution on a bound can land an ulp outside it; accept it as the bound.
  const tolerance = 1e-12 * Math.max(1, Math.abs(a.domain.max));
  if (value < a.domain.min && value > a.domain.min - tolerance) value = a.domain.min;
  if (value > a.domain.max && value < a.domain.max + tolerance) value = a.domain.max;
  if (!(value >= a.domain.min && value <= a.domain.max)) return { status: "unreachable", method: "analytic" };
  return { status: "found", value, method: "analytic" };
}

/** DO, L and r enter through powers: the crossing is bracketed over the allowed range and bisected. */
function solveByBisection(c: CompiledSroi, a: ResolvedAssumption): Solved {
  const outcomeOnly = a.parameter !== "discountRate";
  const rest = outcomeOnly ? presentValue(c, a.index) : 0;
  const gap = (x: number) =>
    withAssumption(c, a, x, () => (outcomeOnly ? rest + outcomePresentValue(c, a.index) : presentValue(c))) -
    c.investment;
  const atMin = gap(a.domain.min);
  const atMax = gap(a.domain.max);
  if (atMin === atMax) return { status: "insensitive", method: "bisection" };
  const value = bisect(gap, a.domain.min, a.domain.max);
  return value === null
    ? { status: "unreachable", method: "bisection" }
    : { status: "found", value, method: "bisection" };
}

export function solveBreakEven(c: CompiledSroi, a: ResolvedAssumption): Solved {
  return a.parameter === "dropOff" || a.parameter === "duration" || a.parameter === "discountRate"
    ? solveByBisection(c, a)
    : solveLinear(c, a);
}
