import type { SroiModel } from "./model.ts";
import { type SeriesConventions, valueFactor } from "./value-factor.ts";

/**
 * A model as flat typed arrays: what computeSroi, the sensitivity analyses and Monte Carlo all
 * evaluate, so that they agree to the last bit on the same parameters, and so that a draw
 * only overwrites numbers instead of building objects.
 */
export interface CompiledSroi extends SeriesConventions {
  count: number;
  quantity: Float64Array;
  proxy: Float64Array;
  deadweight: Float64Array;
  displacement: Float64Array;
  attribution: Float64Array;
  dropOff: Float64Array;
  duration: Float64Array;
  offset: Float64Array;
  rate: number;
  investment: number;
  /** Durations moved by a sensitivity analysis are rounded to whole years (at least 1). */
  roundDurations: boolean;
}

export type CompiledArray = Exclude<
  {
    [K in keyof CompiledSroi]: CompiledSroi[K] extends Float64Array ? K : never;
  }[keyof CompiledSroi],
  "offset"
>;

/**
 * Every compiled model is built by this one literal, so all of them share one hidden class and
 * the functions below stay monomorphic in the engine (a spread copy would get another one).
 */
export function makeCompiled(f: CompiledSroi): CompiledSroi {
  return {
    count: f.count,
    quantity: f.quantity,
    proxy: f.proxy,
    deadweight: f.deadweight,
    displacement: f.displacement,
    attribution: f.attribution,
    dropOff: f.dropOff,
    duration: f.duration,
    offset: f.offset,
    rate: f.rate,
    investment: f.investment,
    dropOffStartsYear: f.dropOffStartsYear,
    discountFirstYear: f.discountFirstYear,
    roundDurations: f.roundDurations,
  };
}

export function compileSroi(model: SroiModel, investmentEuros: number): CompiledSroi {
  const column = (pick: (o: SroiModel["outcomes"][number]) => number) =>
    Float64Array.from(model.outcomes, pick);
  const c = model.conventions;
  return makeCompiled({
    count: model.outcomes.length,
    quantity: column((o) => o.quantity),
    proxy: column((o) => o.proxy.value),
    deadweight: column((o) => o.deadweight.value),
    displacement: column((o) => o.displacement.value),
    attribution: column((o) => o.attribution.value),
    dropOff: column((o) => o.dropOff.value),
    duration: column((o) => o.duration),
    offset: column((o) => (o.start === 2 ? c.startOffsetYears : 0)),
    rate: model.discountRate,
    investment: investmentEuros,
    dropOffStartsYear: c.dropOffStartsYear,
    discountFirstYear: c.discountFirstYear,
    roundDurations: c.partialYears === "whole-years",
  });
}

/** A copy whose arrays can be overwritten by the draws without touching the original. */
export function copyCompiled(c: CompiledSroi): CompiledSroi {
  return makeCompiled({
    ...c,
    quantity: c.quantity.slice(),
    proxy: c.proxy.slice(),
    deadweight: c.deadweight.slice(),
    displacement: c.displacement.slice(),
    attribution: c.attribution.slice(),
    dropOff: c.dropOff.slice(),
    duration: c.duration.slice(),
    offset: c.offset.slice(),
  });
}

/** Year-1 value: Q × P × (1 − DW) × (1 − DS) × (1 − AT), in this order everywhere. */
export function outcomeImpact(c: CompiledSroi, i: number): number {
  return (
    (c.quantity[i] ?? 0) *
    (c.proxy[i] ?? 0) *
    (1 - (c.deadweight[i] ?? 0)) *
    (1 - (c.displacement[i] ?? 0)) *
    (1 - (c.attribution[i] ?? 0))
  );
}

export function effectiveDuration(c: CompiledSroi, i: number): number {
  const duration = c.duration[i] ?? 0;
  return c.roundDurations ? Math.max(1, Math.round(duration)) : duration;
}

export function outcomeFactor(c: CompiledSroi, i: number): number {
  return valueFactor(c.dropOff[i] ?? 0, effectiveDuration(c, i), c.offset[i] ?? 0, c.rate, c);
}

export function outcomePresentValue(c: CompiledSroi, i: number): number {
  return outcomeImpact(c, i) * outcomeFactor(c, i);
}

/** Σ over outcomes in model order; `skip` leaves one out (break-even solves for it separately). */
export function presentValue(c: CompiledSroi, skip = -1): number {
  let pv = 0;
  for (let i = 0; i < c.count; i++) if (i !== skip) pv += outcomePresentValue(c, i);
  return pv;
}

/** Last year of the longest outcome, its start shift included (the "longest-outcome" horizon). */
export function horizonYears(c: CompiledSroi): number {
  let horizon = 0;
  for (let i = 0; i < c.count; i++) horizon = Math.max(horizon, (c.offset[i] ?? 0) + (c.duration[i] ?? 0));
  return horizon;
}
