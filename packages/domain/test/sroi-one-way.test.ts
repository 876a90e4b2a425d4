import { describe, expect, it } from "vitest";
import { oneWaySensitivity, type SroiModelInput, type SroiOutcomeInput } from "../src/sroi/index.ts";

const fraction = (value: number) => ({ value, justification: "" });
const emploi: SroiOutcomeInput = {
  id: "emploi",
  stakeholder: "Jeunes",
  outcome: "Emploi retrouvé",
  indicator: { label: "En emploi" },
  quantity: 10,
  duration: 3,
  proxy: { value: 1000, year: 2024, source: "Dares" },
  deadweight: fraction(0.2),
  displacement: fraction(0),
  attribution: fraction(0.25),
  dropOff: fraction(0.1),
};
const model: SroiModelInput = {
  inputs: [{ label: "Subvention", stakeholder: "Commune", value: 10_000 }],
  outcomes: [emploi],
};
// PV = 15 221.500781 at base, so the base ratio is 1.5221500781
const BASE = (6000 / 1.035 + 5400 / 1.035 ** 2 + 4860 / 1.035 ** 3) / 10_000;

describe("one-way sensitivity (tornado)", () => {
  const output = oneWaySensitivity(model);
  if (!output.ok) throw new Error(JSON.stringify(output.issues));
  const bars = new Map(output.result.bars.map((b) => [b.key, b]));

  it("default ±20 %: Q and P scale the ratio, DW/AT through their complements", () => {
    expect(output.result.variation).toBe(0.2);
    expect(output.result.baseRatio).toBeCloseTo(BASE, 12);
    // Q 8 → 12: ratio × 0.8 = 1.217720, × 1.2 = 1.826580
    expect(bars.get("outcome:emploi:quantity")).toMatchObject({ low: 8, high: 12, range: "default" });
    expect(bars.get("outcome:emploi:quantity")?.ratioAtLow).toBeCloseTo(BASE * 0.8, 12);
    expect(bars.get("outcome:emploi:quantity")?.ratioAtHigh).toBeCloseTo(BASE * 1.2, 12);
    // DW 0.16 → 0.24: (1 − DW) / 0.8 = 1.05 → 0.95, so the ratio goes down as DW goes up; swing = 0.1 × BASE
    const dw = bars.get("outcome:emploi:deadweight");
    expect(dw?.ratioAtLow).toBeCloseTo(BASE * 1.05, 12);
    expect(dw?.ratioAtHigh).toBeCloseTo(BASE * 0.95, 12);
    expect(dw?.swing).toBeCloseTo(BASE * 0.1, 12);
    // AT 0.2 → 0.3: (0.8 → 0.7) / 0.75; swing = BASE × 0.1 / 0.75
    expect(bars.get("outcome:emploi:attribution")?.swing).toBeCloseTo((BASE * 0.1) / 0.75, 12);
    // DS is 0, so ±20 % of it is still 0: no swing
    expect(bars.get("outcome:emploi:displacement")?.swing).toBe(0);
  });

  it("durations move pro rata by default: 2.4 and 3.6 years", () => {
    // L = 2.4: 5797.101449 + 5040.957782 + 0.4 × 4383.441550 = 12591.43586; L = 3.6 adds 0.6 × 6000 × 0.729 / 1.035⁴
    const duration = bars.get("outcome:emploi:duration");
    expect(duration?.low).toBeCloseTo(2.4, 12);
    expect(duration?.ratioAtLow).toBeCloseTo(
      (6000 / 1.035 + 5400 / 1.035 ** 2 + (0.4 * 4860) / 1.035 ** 3) / 10000,
      12,
    );
    expect(duration?.ratioAtHigh).toBeCloseTo(BASE + (0.6 * 4374) / 1.035 ** 4 / 10000, 12);
  });

  it("bars are sorted by swing, widest first, ties in model order", () => {
    const swings = output.result.bars.map((b) => b.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(output.result.bars.slice(0, 2).map((b) => b.key)).toEqual([
      "outcome:emploi:quantity",
      "outcome:emploi:proxy",
    ]);
    expect(output.result.bars).toHaveLength(8);
    expect(output.result.bars.every((b) => b.minRatio <= b.maxRatio)).toBe(true);
  });

  it("user ranges override the default, clamping keeps fractions within [0, 1]", () => {
    const custom = oneWaySensitivity(model, {
      variation: 0.5,
      assumptions: [{ parameter: "deadweight", outcomeId: "emploi" }, { parameter: "discountRate" }],
      ranges: [{ assumption: { parameter: "attribution", outcomeId: "emploi" }, low: 0, high: 0.5 }],
    });
    if (!custom.ok) throw new Error(JSON.stringify(custom.issues));
    expect(custom.result.bars.map((b) => [b.key, b.range])).toEqual([
      ["outcome:emploi:attribution", "given"],
      ["outcome:emploi:deadweight", "default"],
      ["discountRate", "default"],
    ]);
    // AT 0 → 0.5: ratio × 1 / 0.75 and × 0.5 / 0.75
    expect(custom.result.bars[0]?.ratioAtLow).toBeCloseTo(BASE / 0.75, 12);
    expect(custom.result.bars[0]?.ratioAtHigh).toBeCloseTo((BASE * 0.5) / 0.75, 12);
    // DW 0.2 ± 50 %
    expect(custom.result.bars[1]?.low).toBeCloseTo(0.1, 15);
    expect(custom.result.bars[1]?.high).toBeCloseTo(0.3, 15);
  });

  it("with whole-year durations, 2.4 and 3.6 years become 2 and 4", () => {
    const whole = oneWaySensitivity(
      { ...model, conventions: { partialYears: "whole-years" } },
      {
        assumptions: [{ parameter: "duration", outcomeId: "emploi" }],
      },
    );
    if (!whole.ok) throw new Error(JSON.stringify(whole.issues));
    expect(whole.result.bars[0]?.ratioAtLow).toBeCloseTo((6000 / 1.035 + 5400 / 1.035 ** 2) / 10000, 12);
    expect(whole.result.bars[0]?.ratioAtHigh).toBeCloseTo(BASE + 4374 / 1.035 ** 4 / 10000, 12);
    expect(whole.result.conventions.statements.find((s) => s.option === "partialYears")?.text.en).toContain(
      "rounded",
    );
  });
});
