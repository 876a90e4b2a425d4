import { PARAMETER_DOMAINS } from "./assumptions.ts";
import type { SroiModelInput, SroiOutcomeInput } from "./model.ts";
import { monteCarloSroi } from "./monte-carlo.ts";
import type { MonteCarloSpecInput, ParameterRange } from "./monte-carlo-spec.ts";
import { OUTCOME_PARAMETERS, type OutcomeParameter } from "./parameter-names.ts";

export interface MonteCarloBenchmark {
  outcomes: number;
  draws: number;
  /** Assumptions drawn in each draw: all 7 of every outcome and the discount rate (the worst case). */
  variedAssumptions: number;
  runs: number;
  /** Median wall time of one complete run (validation, draws, sort, percentiles, histogram). */
  medianMs: number;
  minMs: number;
  /** Median CPU time of this process per run, where the platform reports it (Node); null elsewhere. */
  medianCpuMs: number | null;
  /** From the median wall time. */
  drawsPerSecond: number;
}

type CpuUsage = () => { user: number; system: number };

/** CPU time tells a busy shared machine apart from a slow engine; only Node has it. */
function cpuClock(): (() => number) | null {
  const usage = (globalThis as { process?: { cpuUsage?: CpuUsage } }).process?.cpuUsage;
  if (!usage) return null;
  return () => {
    const { user, system } = usage();
    return (user + system) / 1000;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A synthetic impact map of `count` outcomes with 3-year durations and half of them starting in year 2. */
export function benchmarkModel(count: number): SroiModelInput {
  const fraction = (value: number) => ({ value, justification: "benchmark" });
  return {
    inputs: [{ label: "Subvention", stakeholder: "Financeur", value: 250_000 }],
    outcomes: Array.from({ length: count }, (_, i) => ({
      id: `o${i}`,
      stakeholder: `Partie prenante ${i % 4}`,
      outcome: `Effet ${i}`,
      indicator: { label: `Indicateur ${i}` },
      quantity: 10 + i,
      duration: 3 + (i % 3),
      start: (i % 2 === 0 ? 1 : 2) as 1 | 2,
      proxy: { value: 1000 + 50 * i, year: 2024, source: "benchmark" },
      deadweight: fraction(0.2),
      displacement: fraction(0.05),
      attribution: fraction(0.25),
      dropOff: fraction(0.1),
    })),
  };
}

function baseValue(o: SroiOutcomeInput, parameter: OutcomeParameter): number {
  if (parameter === "quantity") return o.quantity;
  if (parameter === "proxy") return o.proxy.value;
  if (parameter === "duration") return o.duration;
  return o[parameter].value;
}

/** ±20 % around every base value (within the allowed values), uniform and triangular in turn. */
export function benchmarkSpec(count: number, draws: number): MonteCarloSpecInput {
  const ranges: ParameterRange[] = benchmarkModel(count).outcomes.flatMap((o) =>
    OUTCOME_PARAMETERS.map((parameter, k): ParameterRange => {
      const assumption = { parameter, outcomeId: o.id };
      const base = baseValue(o, parameter);
      const domain = PARAMETER_DOMAINS[parameter];
      const min = Math.max(domain.min, base * 0.8);
      const max = Math.min(domain.max, base * 1.2);
      return k % 2 === 0
        ? { assumption, distribution: "uniform", min, max }
        : { assumption, distribution: "triangular", min, mode: base, max };
    }),
  );
  ranges.push({
    assumption: { parameter: "discountRate" },
    distribution: "triangular",
    min: 0.015,
    mode: 0.035,
    max: 0.06,
  });
  return { draws, seed: 12345, ranges };
}

/**
 * Times complete Monte Carlo runs of a 20-outcome model with every assumption drawn. For
 * `npm run bench`; the budget is 10 000 draws well under 200 ms on one core.
 */
export function benchMonteCarlo(
  options: { outcomes?: number; draws?: number; runs?: number } = {},
): MonteCarloBenchmark {
  const outcomes = options.outcomes ?? 20;
  const draws = options.draws ?? 10_000;
  const runs = options.runs ?? 7;
  const model = benchmarkModel(outcomes);
  const spec = benchmarkSpec(outcomes, draws);
  // Warm-up so the JIT has compiled the inner loop before it is timed.
  monteCarloSroi(model, { ...spec, draws: Math.min(draws, 2000) });
  const cpu = cpuClock();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let k = 0; k < runs; k++) {
    const cpuStart = cpu?.() ?? 0;
    const start = performance.now();
    const run = monteCarloSroi(model, spec);
    times.push(performance.now() - start);
    cpuTimes.push((cpu?.() ?? 0) - cpuStart);
    if (!run.ok)
      throw new Error(`benchmark model rejected: ${run.issues.map((i) => i.message.en).join("; ")}`);
  }
  const medianMs = median(times);
  return {
    outcomes,
    draws,
    variedAssumptions: spec.ranges.length,
    runs,
    medianMs,
    minMs: Math.min(...times),
    medianCpuMs: cpu ? median(cpuTimes) : null,
    drawsPerSecond: medianMs > 0 ? (draws / medianMs) * 1000 : 0,
  };
}
