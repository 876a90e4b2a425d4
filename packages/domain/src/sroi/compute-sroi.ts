import { outcomeImpact, outcomePresentValue } from "./compiled-model.ts";
import type { SroiConventionsReport } from "./describe-conventions.ts";
import { nonFiniteIssue } from "./finite-guard.ts";
import { noInvestmentError, type SroiInvestment } from "./investment.ts";
import type { SroiIssue, SroiOutput } from "./issues.ts";
import { computePayback, type SroiPayback } from "./payback.ts";
import { type PreparedSroi, prepareSroi, reportConventions } from "./prepare.ts";
import { type YearValue, yearSeries } from "./value-factor.ts";

export interface SroiOutcomeResult {
  id: string;
  stakeholder: string;
  outcome: string;
  start: 1 | 2;
  /** Year-1 value: Q × P × (1 − DW) × (1 − DS) × (1 − AT). */
  impact: number;
  firstYear: number;
  lastYear: number;
  years: YearValue[];
  /** Undiscounted Σ of the years' values. */
  totalValue: number;
  presentValue: number;
}

export interface SroiStakeholderTotal {
  stakeholder: string;
  impact: number;
  totalValue: number;
  presentValue: number;
  outcomeIds: string[];
}

export interface SroiResult {
  conventions: SroiConventionsReport;
  outcomes: SroiOutcomeResult[];
  /** Totals for each year 1…horizon of the analysis (years without value are listed with 0). */
  years: YearValue[];
  stakeholders: SroiStakeholderTotal[];
  totalValue: number;
  presentValue: number;
  investment: SroiInvestment;
  netPresentValue: number;
  /** PV / I; null (with a NO_INVESTMENT error in issues) when I = 0. */
  ratio: number | null;
  /** NPV / I; null when I = 0. */
  netRatio: number | null;
  payback: SroiPayback;
  /** Warnings, and the error explaining a null ratio. */
  issues: SroiIssue[];
}

function outcomeResults(p: PreparedSroi): SroiOutcomeResult[] {
  const c = p.compiled;
  return p.model.outcomes.map((o, i) => {
    const impact = outcomeImpact(c, i);
    const offset = c.offset[i] ?? 0;
    const years = yearSeries(impact, o.dropOff.value, o.duration, offset, c.rate, c);
    let totalValue = 0;
    for (const y of years) totalValue += y.value;
    return {
      id: o.id,
      stakeholder: o.stakeholder,
      outcome: o.outcome,
      start: o.start,
      impact,
      firstYear: offset + 1,
      lastYear: offset + o.duration,
      years,
      totalValue,
      // The same expression Monte Carlo and break-even evaluate, so all analyses share one base.
      presentValue: outcomePresentValue(c, i),
    };
  });
}

function yearTotals(outcomes: readonly SroiOutcomeResult[], horizon: number): YearValue[] {
  const years = Array.from({ length: horizon }, (_, k) => ({ year: k + 1, value: 0, presentValue: 0 }));
  for (const o of outcomes)
    for (const y of o.years) {
      const total = years[y.year - 1];
      if (!total) continue;
      total.value += y.value;
      total.presentValue += y.presentValue;
    }
  return years;
}

function stakeholderTotals(outcomes: readonly SroiOutcomeResult[]): SroiStakeholderTotal[] {
  const totals = new Map<string, SroiStakeholderTotal>();
  for (const o of outcomes) {
    const t = totals.get(o.stakeholder) ?? {
      stakeholder: o.stakeholder,
      impact: 0,
      totalValue: 0,
      presentValue: 0,
      outcomeIds: [],
    };
    t.impact += o.impact;
    t.totalValue += o.totalValue;
    t.presentValue += o.presentValue;
    t.outcomeIds.push(o.id);
    totals.set(o.stakeholder, t);
  }
  return [...totals.values()];
}

export function computePreparedSroi(p: PreparedSroi): SroiOutput<SroiResult> {
  const outcomes = outcomeResults(p);
  const horizon = outcomes.reduce((max, o) => Math.max(max, o.lastYear), 0);
  let presentValue = 0;
  let totalValue = 0;
  for (const o of outcomes) {
    presentValue += o.presentValue;
    totalValue += o.totalValue;
  }
  const I = p.investment.euros;
  const issues = [...p.issues];
  if (I <= 0) issues.push(noInvestmentError());
  const dropOffInYearOne = p.compiled.dropOffStartsYear === 1;
  const { payback, issues: paybackIssues } = computePayback(
    outcomes.map((o, i) => ({
      id: o.id,
      impact: o.impact,
      calendarYearOneValue:
        o.firstYear === 1 ? o.impact * (dropOffInYearOne ? 1 - (p.compiled.dropOff[i] ?? 0) : 1) : 0,
      shifted: o.firstYear > 1,
    })),
    I,
    p.model.conventions.paybackBasis,
  );
  const netPresentValue = presentValue - I;
  const result: SroiResult = {
    conventions: reportConventions(p),
    outcomes,
    years: yearTotals(outcomes, horizon),
    stakeholders: stakeholderTotals(outcomes),
    totalValue,
    presentValue,
    investment: p.investment,
    netPresentValue,
    ratio: I > 0 ? presentValue / I : null,
    netRatio: I > 0 ? netPresentValue / I : null,
    payback,
    issues: [...issues, ...paybackIssues],
  };
  const notFinite = nonFiniteIssue(result);
  return notFinite ? { ok: false, issues: [...issues, notFinite] } : { ok: true, result };
}

/**
 * The SROI of a model as received (validated here; never throws). Money inputs are summed
 * exactly in cents; everything else keeps full double precision, to be rounded for display only.
 */
export function computeSroi(model: unknown): SroiOutput<SroiResult> {
  const prepared = prepareSroi(model);
  return prepared.ok ? computePreparedSroi(prepared.prepared) : prepared;
}
