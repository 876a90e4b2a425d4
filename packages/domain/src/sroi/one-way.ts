import { z } from "zod";
import type { Bilingual } from "../i18n/locale.ts";
import {
  allAssumptions,
  type ResolvedAssumption,
  resolveAssumptions,
  type SroiAssumption,
  withAssumption,
  ZSroiAssumption,
} from "./assumptions.ts";
import { presentValue } from "./compiled-model.ts";
import type { SroiConventionsReport } from "./describe-conventions.ts";
import { nonFiniteIssue } from "./finite-guard.ts";
import { noInvestmentError } from "./investment.ts";
import { hasErrors, type SroiIssue, type SroiOutput } from "./issues.ts";
import { type PreparedSroi, prepareSroi, reportConventions } from "./prepare.ts";
import { BOUND_NAMES, checkRange } from "./range-checks.ts";
import { sroiIssuesFromZod } from "./validate-model.ts";

export const DEFAULT_ONE_WAY_VARIATION = 0.2;

export const ZOneWaySpec = z.object({
  /** Relative change applied both ways when no range is given: 0.2 → base × 0.8 and base × 1.2. */
  variation: z.number().min(0).max(1).default(DEFAULT_ONE_WAY_VARIATION),
  /** Which assumptions to vary; all of them (7 per outcome, and the discount rate) when omitted. */
  assumptions: z.array(ZSroiAssumption).max(10_000).optional(),
  /** Ranges chosen by the user; these assumptions are varied even if not listed above. */
  ranges: z
    .array(z.object({ assumption: ZSroiAssumption, low: z.number(), high: z.number() }))
    .max(10_000)
    .default([]),
});
export type OneWaySpecInput = z.input<typeof ZOneWaySpec>;

export interface TornadoBar {
  key: string;
  assumption: SroiAssumption;
  label: Bilingual;
  base: number;
  low: number;
  high: number;
  range: "given" | "default";
  /** Ratio with the assumption at `low`, everything else at base. */
  ratioAtLow: number;
  ratioAtHigh: number;
  minRatio: number;
  maxRatio: number;
  /** |ratioAtHigh − ratioAtLow|: bars are sorted by it, widest first. */
  swing: number;
}

export interface OneWayResult {
  baseRatio: number;
  variation: number;
  bars: TornadoBar[];
  conventions: SroiConventionsReport;
  issues: SroiIssue[];
}

/** base × (1 ± v), kept within what the model allows (a deadweight stays ≤ 100 %, a duration ≥ 1). */
function defaultBounds(a: ResolvedAssumption, variation: number): { low: number; high: number } {
  const clamp = (x: number) => Math.min(a.domain.max, Math.max(a.domain.min, x));
  return { low: clamp(a.base * (1 - variation)), high: clamp(a.base * (1 + variation)) };
}

function run(p: PreparedSroi, specInput: unknown): SroiOutput<OneWayResult> {
  const parsed = ZOneWaySpec.safeParse(specInput ?? {});
  if (!parsed.success) return { ok: false, issues: sroiIssuesFromZod(parsed.error.issues, "spec") };
  const spec = parsed.data;
  const c = p.compiled;
  if (c.investment <= 0) return { ok: false, issues: [...p.issues, noInvestmentError()] };

  const ranged = resolveAssumptions(
    p.model,
    c,
    spec.ranges.map((r) => r.assumption),
    "spec.ranges",
  );
  const listed = resolveAssumptions(
    p.model,
    c,
    spec.assumptions ?? allAssumptions(p.model),
    "spec.assumptions",
  );
  const given = new Map(
    ranged.resolved.map((a) => [a.key, { range: spec.ranges[a.position], position: a.position }]),
  );
  const listedKeys = new Set(listed.resolved.map((a) => a.key));
  const resolved = [...listed.resolved, ...ranged.resolved.filter((a) => !listedKeys.has(a.key))];
  const issues = [...ranged.issues, ...listed.issues];
  const bars: TornadoBar[] = [];
  for (const a of resolved) {
    const entry = given.get(a.key);
    const range = entry?.range;
    if (entry && range) {
      issues.push(
        ...checkRange(
          a,
          [
            { field: "low", name: BOUND_NAMES.low, value: range.low },
            { field: "high", name: BOUND_NAMES.high, value: range.high },
          ],
          `spec.ranges.${entry.position}`,
        ),
      );
    }
    const { low, high } = range ?? defaultBounds(a, spec.variation);
    const ratioAt = (x: number) => withAssumption(c, a, x, () => presentValue(c) / c.investment);
    const ratioAtLow = ratioAt(low);
    const ratioAtHigh = ratioAt(high);
    bars.push({
      key: a.key,
      assumption: a.assumption,
      label: a.label,
      base: a.base,
      low,
      high,
      range: range ? "given" : "default",
      ratioAtLow,
      ratioAtHigh,
      minRatio: Math.min(ratioAtLow, ratioAtHigh),
      maxRatio: Math.max(ratioAtLow, ratioAtHigh),
      swing: Math.abs(ratioAtHigh - ratioAtLow),
    });
  }
  if (hasErrors(issues)) return { ok: false, issues: [...p.issues, ...issues] };
  // Array.prototype.sort is stable: equal swings keep the model's order.
  bars.sort((x, y) => y.swing - x.swing);
  const result: OneWayResult = {
    baseRatio: presentValue(c) / c.investment,
    variation: spec.variation,
    bars,
    conventions: reportConventions(p),
    issues: p.issues,
  };
  const notFinite = nonFiniteIssue(result);
  return notFinite ? { ok: false, issues: [...p.issues, notFinite] } : { ok: true, result };
}

/**
 * One-way sensitivity: each assumption moved alone to a low and a high value, the rest at
 * base, giving the ratio at each end — the data of a tornado chart, widest swing first.
 */
export function oneWaySensitivity(model: unknown, spec?: OneWaySpecInput): SroiOutput<OneWayResult> {
  const prepared = prepareSroi(model);
  return prepared.ok ? run(prepared.prepared, spec) : prepared;
}
