import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakEven,
  computeSroi,
  FRACTION_PARAMETERS,
  monteCarloSroi,
  oneWaySensitivity,
  type ParameterRange,
  SROI_LIMITS,
  type SroiModelInput,
  type SroiOutcomeInput,
} from "../src/sroi/index.ts";

const fractionArb = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 0.5, Number.MIN_VALUE, 1 - Number.EPSILON),
);
const outcomeArb = (id: string): fc.Arbitrary<SroiOutcomeInput> =>
  fc.record({
    id: fc.constant(id),
    stakeholder: fc.constantFrom("Jeunes", "Commune", "Familles"),
    outcome: fc.constant(`Effet ${id}`),
    indicator: fc.constant({ label: "indicateur" }),
    quantity: fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, SROI_LIMITS.maxQuantity),
    ),
    duration: fc.integer({ min: 1, max: 30 }),
    start: fc.constantFrom(1 as const, 2 as const),
    proxy: fc.record({
      value: fc.oneof(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.constantFrom(0, SROI_LIMITS.maxAmountEuros),
      ),
      year: fc.constant(2024),
      source: fc.constantFrom("", "INSEE"),
    }),
    deadweight: fractionArb.map((value) => ({ value })),
    displacement: fractionArb.map((value) => ({ value })),
    attribution: fractionArb.map((value) => ({ value })),
    dropOff: fractionArb.map((value) => ({ value })),
  });

const modelArb: fc.Arbitrary<SroiModelInput> = fc
  .record({
    count: fc.integer({ min: 1, max: 6 }),
    inputs: fc.array(fc.integer({ min: 1, max: 100_000_000_000 }), { minLength: 1, maxLength: 3 }),
    discountRate: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.035, 1)),
    conventions: fc.record({
      dropOffStartsYear: fc.constantFrom(1 as const, 2 as const),
      discountFirstYear: fc.boolean(),
      startOffsetYears: fc.integer({ min: 0, max: 5 }),
      paybackBasis: fc.constantFrom("impact-map" as const, "calendar-year-1" as const),
      partialYears: fc.constantFrom("pro-rata" as const, "whole-years" as const),
    }),
  })
  .chain(({ count, inputs, discountRate, conventions }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => outcomeArb(`o${i}`))).map((outcomes) => ({
      inputs: inputs.map((cents, i) => ({
        label: `apport ${i}`,
        stakeholder: "Financeur",
        value: (cents / 100).toFixed(2),
      })),
      outcomes,
      discountRate,
      conventions,
    })),
  );

/** Every number anywhere in a value, to check none is NaN or ±Infinity. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (value && typeof value === "object") for (const child of Object.values(value)) numbers(child, out);
  return out;
}

function ratio(model: SroiModelInput): number {
  const output = computeSroi(model);
  if (!output.ok || output.result.ratio === null) throw new Error(JSON.stringify(output));
  return output.result.ratio;
}

function setParameter(
  model: SroiModelInput,
  index: number,
  parameter: string,
  value: number,
): SroiModelInput {
  const outcomes = model.outcomes.map((o, i) => {
    if (i !== index) return o;
    if (parameter === "quantity") return { ...o, quantity: value };
    if (parameter === "proxy") return { ...o, proxy: { ...o.proxy, value } };
    return { ...o, [parameter]: { value } };
  });
  return { ...model, outcomes };
}

describe("SROI properties", () => {
  it("no NaN or Infinity leaves any analysis of a valid model", () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 0, max: 0xffffffff }), (model, seed) => {
        const result = computeSroi(model);
        expect(result.ok).toBe(true);
        const ranges: ParameterRange[] = model.outcomes.flatMap((o) => [
          {
            assumption: { parameter: "quantity", outcomeId: o.id },
            distribution: "uniform",
            min: 0,
            max: Math.min(o.quantity * 2, SROI_LIMITS.maxQuantity),
          },
          {
            assumption: { parameter: "dropOff", outcomeId: o.id },
            distribution: "triangular",
            min: 0,
            mode: o.dropOff.value,
            max: 1,
          },
          {
            assumption: { parameter: "duration", outcomeId: o.id },
            distribution: "uniform",
            min: 1,
            max: o.duration + 2,
          },
        ]);
        ranges.push({ assumption: { parameter: "discountRate" }, distribution: "uniform", min: 0, max: 1 });
        const outputs = [
          result,
          oneWaySensitivity(model, { variation: 0.5 }),
          breakEven(model),
          monteCarloSroi(model, { seed, draws: 200, ranges }),
        ];
        for (const output of outputs) {
          expect(output.ok).toBe(true);
          const bad = numbers(output).filter((x) => !Number.isFinite(x));
          expect(bad).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("ratio × I = PV, and the year table adds up to the PV", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const output = computeSroi(model);
        if (!output.ok) throw new Error("invalid");
        const r = output.result;
        const ratio = r.ratio ?? Number.NaN;
        // Relative to 1e-12, with an absolute floor for subnormal values, which carry fewer digits.
        const tolerance = 1e-12 * r.presentValue + 1e-300;
        expect(Math.abs(ratio * r.investment.euros - r.presentValue)).toBeLessThanOrEqual(tolerance);
        const fromYears = r.years.reduce((sum, y) => sum + y.presentValue, 0);
        expect(Math.abs(fromYears - r.presentValue)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs((r.netRatio ?? Number.NaN) - (ratio - 1))).toBeLessThan(1e-12 * Math.max(1, ratio));
      }),
    );
  });

  it("the ratio never decreases when Q or P grows", () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.nat(),
        fc.constantFrom("quantity", "proxy"),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (model, pick, parameter, a, b) => {
          const index = pick % model.outcomes.length;
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(ratio(setParameter(model, index, parameter, high))).toBeGreaterThanOrEqual(
            ratio(setParameter(model, index, parameter, low)),
          );
        },
      ),
    );
  });

  it("the ratio never increases when DW, DS, AT or DO grows", () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.nat(),
        fc.constantFrom(...FRACTION_PARAMETERS),
        fractionArb,
        fractionArb,
        (model, pick, parameter, a, b) => {
          const index = pick % model.outcomes.length;
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(ratio(setParameter(model, index, parameter, high))).toBeLessThanOrEqual(
            ratio(setParameter(model, index, parameter, low)),
          );
        },
      ),
    );
  });
});
