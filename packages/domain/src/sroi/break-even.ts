import { z } from "zod";
import type { Bilingual } from "../i18n/locale.ts";
import {
  allAssumptions,
  formatParameterValue,
  type ParameterDomain,
  type ResolvedAssumption,
  resolveAssumptions,
  type SroiAssumption,
  withAssumption,
  ZSroiAssumption,
} from "./assumptions.ts";
import { solveBreakEven } from "./break-even-solve.ts";
import { type CompiledSroi, makeCompiled, presentValue } from "./compiled-model.ts";
import type { SroiConventionsReport } from "./describe-conventions.ts";
import { nonFiniteIssue } from "./finite-guard.ts";
import { formatRatio } from "./format.ts";
import { noInvestmentError } from "./investment.ts";
import { hasErrors, type SroiIssue, type SroiOutput } from "./issues.ts";
import { type PreparedSroi, prepareSroi, reportConventions } from "./prepare.ts";
import { sroiIssuesFromZod } from "./validate-model.ts";

export const ZBreakEvenSpec = z.object({
  /** Which assumptions to solve for; all of them when omitted. */
  assumptions: z.array(ZSroiAssumption).max(10_000).optional(),
});
export type BreakEvenSpecInput = z.input<typeof ZBreakEvenSpec>;

export interface BreakEvenEntry {
  key: string;
  assumption: SroiAssumption;
  label: Bilingual;
  base: number;
  /**
   * "found": `value` gives a ratio of 1:1, everything else at base; "unreachable": no value in
   * the allowed range does; "insensitive": the ratio does not depend on this assumption.
   */
  status: "found" | "unreachable" | "insensitive";
  value: number | null;
  /** value − base. */
  change: number | null;
  /** (value − base) / base; null when base is 0. */
  relativeChange: number | null;
  /** For a duration: the shortest whole number of years that keeps the ratio at or above 1:1. */
  wholeYears: number | null;
  /** "analytic" where the ratio is linear in the parameter (Q, P, 1 − DW, 1 − DS, 1 − AT). */
  method: "analytic" | "bisection";
  domain: ParameterDomain;
  ratioAtDomainMin: number;
  ratioAtDomainMax: number;
  message: Bilingual;
}

export interface BreakEvenResult {
  baseRatio: number;
  entries: BreakEvenEntry[];
  conventions: SroiConventionsReport;
  issues: SroiIssue[];
}

function message(a: ResolvedAssumption, e: Omit<BreakEvenEntry, "message">): Bilingual {
  const base = formatParameterValue(a.parameter, a.base);
  if (e.status === "found" && e.value !== null) {
    const value = formatParameterValue(a.parameter, e.value);
    return {
      fr: `Avec ${a.subject.fr} à ${value.fr} (au lieu de ${base.fr}), le ratio est de 1:1.`,
      en: `With ${a.subject.en} at ${value.en} (instead of ${base.en}), the ratio is 1:1.`,
    };
  }
  if (e.status === "insensitive")
    return {
      fr: `Dans ce modèle, changer ${a.subject.fr} ne change pas le ratio.`,
      en: `In this model, changing ${a.subject.en} does not change the ratio.`,
    };
  const min = formatParameterValue(a.parameter, e.domain.min);
  const max = formatParameterValue(a.parameter, e.domain.max);
  const low = formatRatio(Math.min(e.ratioAtDomainMin, e.ratioAtDomainMax));
  const high = formatRatio(Math.max(e.ratioAtDomainMin, e.ratioAtDomainMax));
  return {
    fr: `Aucune valeur permise (de ${min.fr} à ${max.fr}) pour ${a.subject.fr} n'atteint 1:1 : le ratio reste entre ${low.fr} et ${high.fr}.`,
    en: `No value in the allowed range (${min.en} to ${max.en}) of ${a.subject.en} reaches 1:1: the ratio stays between ${low.en} and ${high.en}.`,
  };
}

/** null when there is no value, or when the base is 0 or so small the change would overflow. */
function relativeChange(value: number | null, base: number): number | null {
  if (value === null || base === 0) return null;
  const change = (value - base) / base;
  return Number.isFinite(change) ? change : null;
}

function entryFor(c: CompiledSroi, a: ResolvedAssumption): BreakEvenEntry {
  const ratioAt = (x: number) => withAssumption(c, a, x, () => presentValue(c) / c.investment);
  const solved = solveBreakEven(c, a);
  const value = solved.status === "found" ? solved.value : null;
  const entry = {
    key: a.key,
    assumption: a.assumption,
    label: a.label,
    base: a.base,
    status: solved.status,
    value,
    change: value === null ? null : value - a.base,
    relativeChange: relativeChange(value, a.base),
    wholeYears:
      value !== null && a.parameter === "duration" ? Math.min(a.domain.max, Math.ceil(value)) : null,
    method: solved.method,
    domain: a.domain,
    ratioAtDomainMin: ratioAt(a.domain.min),
    ratioAtDomainMax: ratioAt(a.domain.max),
  };
  return { ...entry, message: message(a, entry) };
}

function run(p: PreparedSroi, specInput: unknown): SroiOutput<BreakEvenResult> {
  const parsed = ZBreakEvenSpec.safeParse(specInput ?? {});
  if (!parsed.success) return { ok: false, issues: sroiIssuesFromZod(parsed.error.issues, "spec") };
  if (p.compiled.investment <= 0) return { ok: false, issues: [...p.issues, noInvestmentError()] };
  // Break-even looks for the exact crossing, so durations move continuously (pro rata) here.
  const c = makeCompiled({ ...p.compiled, roundDurations: false });
  const wanted = parsed.data.assumptions ?? allAssumptions(p.model);
  const { resolved, issues } = resolveAssumptions(p.model, c, wanted, "spec.assumptions");
  if (hasErrors(issues)) return { ok: false, issues: [...p.issues, ...issues] };
  const result: BreakEvenResult = {
    baseRatio: presentValue(c) / c.investment,
    entries: resolved.map((a) => entryFor(c, a)),
    conventions: reportConventions(p),
    issues: p.issues,
  };
  const notFinite = nonFiniteIssue(result);
  return notFinite ? { ok: false, issues: [...p.issues, notFinite] } : { ok: true, result };
}

/**
 * For each assumption, the value that alone brings the SROI ratio to exactly 1:1 — how far an
 * estimate can be wrong before the project stops creating more value than it costs.
 */
export function breakEven(model: unknown, spec?: BreakEvenSpecInput): SroiOutput<BreakEvenResult> {
  const prepared = prepareSroi(model);
  return prepared.ok ? run(prepared.prepared, spec) : prepared;
}
