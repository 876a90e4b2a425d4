import type { Bilingual } from "../i18n/locale.ts";
import { type ResolvedAssumption, resolveAssumptions } from "./assumptions.ts";
import { presentValue } from "./compiled-model.ts";
import type { SroiConventionsReport } from "./describe-conventions.ts";
import { nonFiniteIssue } from "./finite-guard.ts";
import { noInvestmentError } from "./investment.ts";
import { hasErrors, type SroiIssue, type SroiOutput } from "./issues.ts";
import { sampleRatios } from "./monte-carlo-sampler.ts";
import { type MonteCarloSpecInput, type ParameterRange, ZMonteCarloSpec } from "./monte-carlo-spec.ts";
import { type HistogramBin, histogram, percentile } from "./percentiles.ts";
import { type PreparedSroi, prepareSroi, reportConventions } from "./prepare.ts";
import { generateSeed, SeededRandom } from "./prng.ts";
import { BOUND_NAMES, checkRange, type NamedBound } from "./range-checks.ts";
import { sroiIssuesFromZod } from "./validate-model.ts";

export interface MonteCarloResult {
  /** Run again with this seed (and the same model and spec) to get the same figures. */
  seed: number;
  seedSource: "given" | "generated";
  draws: number;
  baseRatio: number;
  mean: number;
  min: number;
  max: number;
  percentiles: { p5: number; p25: number; p50: number; p75: number; p95: number };
  percentileMethod: Bilingual;
  /** Share of draws whose ratio is strictly below 1:1. */
  probabilityBelowOne: number;
  histogram: HistogramBin[];
  varied: Array<{ key: string; label: Bilingual; range: ParameterRange }>;
  conventions: SroiConventionsReport;
  issues: SroiIssue[];
}

const PERCENTILE_METHOD: Bilingual = {
  fr: "Centiles par interpolation linéaire entre les valeurs ordonnées (type 7 de R, « linear » de NumPy).",
  en: "Percentiles by linear interpolation between order statistics (R type 7, NumPy “linear”).",
};

function bounds(range: ParameterRange): NamedBound[] {
  const min = { field: "min", name: BOUND_NAMES.min, value: range.min };
  const max = { field: "max", name: BOUND_NAMES.max, value: range.max };
  if (range.distribution === "uniform") return [min, max];
  return [min, { field: "mode", name: BOUND_NAMES.mode, value: range.mode }, max];
}

function run(p: PreparedSroi, specInput: unknown): SroiOutput<MonteCarloResult> {
  const parsed = ZMonteCarloSpec.safeParse(specInput);
  if (!parsed.success) return { ok: false, issues: sroiIssuesFromZod(parsed.error.issues, "spec") };
  const spec = parsed.data;
  const c = p.compiled;
  if (c.investment <= 0) return { ok: false, issues: [...p.issues, noInvestmentError()] };
  const { resolved, issues } = resolveAssumptions(
    p.model,
    c,
    spec.ranges.map((r) => r.assumption),
    "spec.ranges",
  );
  const varied: { assumption: ResolvedAssumption; range: ParameterRange }[] = [];
  for (const a of resolved) {
    const range = spec.ranges[a.position];
    if (!range) continue;
    issues.push(...checkRange(a, bounds(range), `spec.ranges.${a.position}`));
    varied.push({ assumption: a, range });
  }
  if (hasErrors(issues)) return { ok: false, issues: [...p.issues, ...issues] };

  const seed = spec.seed ?? generateSeed();
  const ratios = new Float64Array(spec.draws);
  sampleRatios(c, varied, new SeededRandom(seed), ratios);
  let sum = 0;
  let below = 0;
  for (const ratio of ratios) {
    sum += ratio;
    if (ratio < 1) below++;
  }
  ratios.sort();
  const result: MonteCarloResult = {
    seed,
    seedSource: spec.seed === undefined ? "generated" : "given",
    draws: spec.draws,
    baseRatio: presentValue(c) / c.investment,
    mean: sum / spec.draws,
    min: ratios[0] ?? 0,
    max: ratios[ratios.length - 1] ?? 0,
    percentiles: {
      p5: percentile(ratios, 5),
      p25: percentile(ratios, 25),
      p50: percentile(ratios, 50),
      p75: percentile(ratios, 75),
      p95: percentile(ratios, 95),
    },
    percentileMethod: PERCENTILE_METHOD,
    probabilityBelowOne: below / spec.draws,
    histogram: histogram(ratios, spec.bins),
    varied: varied.map(({ assumption, range }) => ({ key: assumption.key, label: assumption.label, range })),
    conventions: reportConventions(p),
    issues: p.issues,
  };
  const notFinite = nonFiniteIssue(result);
  return notFinite ? { ok: false, issues: [...p.issues, notFinite] } : { ok: true, result };
}

/**
 * Monte Carlo over user-given ranges: each draw samples every listed assumption from its own
 * distribution (uniform or triangular), independently, the others staying at base.
 */
export function monteCarloSroi(model: unknown, spec: MonteCarloSpecInput): SroiOutput<MonteCarloResult> {
  const prepared = prepareSroi(model);
  return prepared.ok ? run(prepared.prepared, spec) : prepared;
}
