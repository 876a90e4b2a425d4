import type { ResolvedAssumption } from "./assumptions.ts";
import { type CompiledSroi, copyCompiled, outcomeFactor, outcomeImpact } from "./compiled-model.ts";
import type { ParameterRange } from "./monte-carlo-spec.ts";
import type { SeededRandom } from "./prng.ts";

/** The distributions as flat typed arrays, laid out once before the draws. */
interface DrawPlan {
  count: number;
  triangular: Uint8Array;
  low: Float64Array;
  high: Float64Array;
  span: Float64Array;
  /** (mode − min) / (max − min): the inverse CDF switches branch at this u. */
  split: Float64Array;
  lowArea: Float64Array;
  highArea: Float64Array;
  targets: Float64Array[];
  slots: Int32Array;
  rateBox: Float64Array;
  rateDrawn: boolean;
  /** Outcomes whose drop-off or duration is drawn: their value factor is recomputed each draw. */
  timingDrawn: Uint8Array;
}

function plan(c: CompiledSroi, varied: readonly { assumption: ResolvedAssumption; range: ParameterRange }[]) {
  const m = varied.length;
  const p: DrawPlan = {
    count: m,
    triangular: new Uint8Array(m),
    low: new Float64Array(m),
    high: new Float64Array(m),
    span: new Float64Array(m),
    split: new Float64Array(m),
    lowArea: new Float64Array(m),
    highArea: new Float64Array(m),
    targets: [],
    slots: new Int32Array(m),
    rateBox: new Float64Array(1),
    rateDrawn: false,
    timingDrawn: new Uint8Array(c.count),
  };
  for (let j = 0; j < m; j++) {
    const { assumption: a, range } = varied[j] ?? {};
    if (!a || !range) continue;
    const mode = range.distribution === "triangular" ? range.mode : range.min;
    const span = range.max - range.min;
    p.low[j] = range.min;
    p.high[j] = range.max;
    p.span[j] = span;
    p.triangular[j] = range.distribution === "triangular" && span > 0 ? 1 : 0;
    p.split[j] = span > 0 ? (mode - range.min) / span : 0;
    p.lowArea[j] = span * (mode - range.min);
    p.highArea[j] = span * (range.max - mode);
    if (a.parameter === "discountRate") {
      p.rateDrawn = true;
      p.targets[j] = p.rateBox;
    } else {
      p.targets[j] = c[a.parameter];
      p.slots[j] = a.index;
      if (a.parameter === "dropOff" || a.parameter === "duration") p.timingDrawn[a.index] = 1;
    }
  }
  return p;
}

/**
 * Runs the draws into `ratios`. Each draw only writes numbers into preallocated arrays — no
 * object, closure or array is created inside the loop — and the value factors of outcomes
 * whose timing is not drawn are computed once.
 */
export function sampleRatios(
  base: CompiledSroi,
  varied: readonly { assumption: ResolvedAssumption; range: ParameterRange }[],
  rng: SeededRandom,
  ratios: Float64Array,
): void {
  const c = copyCompiled(base);
  const p = plan(c, varied);
  const n = c.count;
  const fixedFactor = new Float64Array(n);
  for (let i = 0; i < n; i++) fixedFactor[i] = outcomeFactor(c, i);
  const { count: m, triangular, low, high, span, split, lowArea, highArea, targets, slots, rateBox } = p;
  const { rateDrawn, timingDrawn } = p;
  const investment = c.investment;
  const uniforms = new Float64Array(m);
  for (let d = 0; d < ratios.length; d++) {
    rng.fill(uniforms);
    for (let j = 0; j < m; j++) {
      const u = uniforms[j] ?? 0;
      let x: number;
      if (triangular[j] === 0) x = (low[j] ?? 0) + u * (span[j] ?? 0);
      else if (u < (split[j] ?? 0)) x = (low[j] ?? 0) + Math.sqrt(u * (lowArea[j] ?? 0));
      else x = (high[j] ?? 0) - Math.sqrt((1 - u) * (highArea[j] ?? 0));
      // Rounding must not push a fraction an ulp past 100 % (or a duration below 1 year).
      x = Math.min(high[j] ?? 0, Math.max(low[j] ?? 0, x));
      const target = targets[j];
      if (target !== undefined) target[slots[j] ?? 0] = x;
    }
    if (rateDrawn) c.rate = rateBox[0] ?? 0;
    let pv = 0;
    for (let i = 0; i < n; i++)
      pv +=
        outcomeImpact(c, i) *
        (rateDrawn || timingDrawn[i] === 1 ? outcomeFactor(c, i) : (fixedFactor[i] ?? 0));
    ratios[d] = pv / investment;
  }
}
