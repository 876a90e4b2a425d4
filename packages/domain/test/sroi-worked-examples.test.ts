import { describe, expect, it } from "vitest";
import {
  computeSroi,
  type SroiModelInput,
  type SroiOutcomeInput,
  type SroiResult,
} from "../src/sroi/index.ts";

const fraction = (value: number) => ({ value, justification: "hand-checked example" });

/**
 * The worked example of the brief: Q = 10, P = 1000, DW = 0.2, DS = 0, AT = 0.25, DO = 0.1,
 * L = 3, r = 0.035, I = 10 000.
 *   impact = 10 × 1000 × (1 − 0.2) × (1 − 0) × (1 − 0.25) = 10 000 × 0.8 × 0.75 = 6000
 *   values: year 1 = 6000, year 2 = 6000 × 0.9 = 5400, year 3 = 5400 × 0.9 = 4860
 *   (1.035)^1 = 1.035, (1.035)^2 = 1.071225, (1.035)^3 = 1.108717875, (1.035)^4 = 1.147523000625
 */
const outcome: SroiOutcomeInput = {
  id: "emploi",
  stakeholder: "Jeunes accompagnés",
  outcome: "Emploi retrouvé",
  indicator: { label: "Personnes en emploi à 6 mois", code: "EMP-6" },
  quantity: 10,
  duration: 3,
  start: 1,
  proxy: { value: 1000, year: 2024, source: "Étude Dares 2023", description: "Gain de revenu annuel" },
  deadweight: fraction(0.2),
  displacement: fraction(0),
  attribution: fraction(0.25),
  dropOff: fraction(0.1),
};

function model(
  patch: Partial<SroiModelInput> = {},
  outcomePatch: Partial<SroiOutcomeInput> = {},
): SroiModelInput {
  return {
    inputs: [{ label: "Subvention", stakeholder: "Commune", value: 10_000 }],
    outcomes: [{ ...outcome, ...outcomePatch }],
    discountRate: 0.035,
    ...patch,
  };
}

function compute(input: SroiModelInput): SroiResult {
  const output = computeSroi(input);
  if (!output.ok) throw new Error(JSON.stringify(output.issues));
  return output.result;
}

describe("SROI worked example, SVUK defaults", () => {
  const r = compute(model());

  it("impact, year values and present values", () => {
    const [o] = r.outcomes;
    expect(o?.impact).toBe(6000);
    expect(o?.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(o?.years.map((y) => y.value)).toEqual([6000, 5400, 4860]);
    // 6000 / 1.035 = 5797.101449…, 5400 / 1.071225 = 5040.957782…, 4860 / 1.108717875 = 4383.441550…
    const pvs = o?.years.map((y) => y.presentValue) ?? [];
    expect(pvs[0]).toBeCloseTo(5797.101449275, 8);
    expect(pvs[1]).toBeCloseTo(5040.957781979, 8);
    expect(pvs[2]).toBeCloseTo(4383.44155, 5);
    expect(o?.totalValue).toBe(16260); // 6000 + 5400 + 4860
  });

  it("totals, NPV, ratios and payback", () => {
    // PV = 5797.101449 + 5040.957782 + 4383.441550 = 15221.500781
    expect(r.presentValue).toBeCloseTo(15221.500780801, 8);
    expect(r.investment).toMatchObject({ cents: 1_000_000, euros: 10_000, text: "10000.00" });
    expect(r.netPresentValue).toBeCloseTo(5221.500780801, 8); // 15221.500781 − 10000
    expect(r.ratio).toBeCloseTo(1.5221500780801, 12); // 15221.500781 / 10000
    expect(r.netRatio).toBeCloseTo(0.5221500780801, 12);
    // payback = 10000 / (6000 / 12) = 10000 / 500 = 20 months
    expect(r.payback).toMatchObject({
      months: 20,
      status: "computed",
      basis: "impact-map",
      yearOneImpact: 6000,
    });
    expect(r.issues).toEqual([]);
  });

  it("totals per year and per stakeholder", () => {
    expect(r.years.map((y) => y.value)).toEqual([6000, 5400, 4860]);
    expect(r.stakeholders).toEqual([
      {
        stakeholder: "Jeunes accompagnés",
        impact: 6000,
        totalValue: 16260,
        presentValue: r.presentValue,
        outcomeIds: ["emploi"],
      },
    ]);
  });

  it("echoes the conventions, in words in both languages", () => {
    expect(r.conventions.options).toEqual({
      dropOffStartsYear: 2,
      discountFirstYear: true,
      startOffsetYears: 1,
      horizon: "longest-outcome",
      paybackBasis: "impact-map",
      partialYears: "pro-rata",
    });
    expect(r.conventions.discountRate).toBe(0.035);
    expect(r.conventions.horizonYears).toBe(3);
    const texts = r.conventions.statements.map((s) => s.text);
    expect(texts.map((t) => t.fr).join("\n")).toContain("3,5 % par an");
    expect(texts.map((t) => t.en).join("\n")).toContain("Year 1 is discounted once");
    expect(texts.every((t) => t.fr.length > 20 && t.en.length > 20)).toBe(true);
  });
});

describe("SROI worked example under the other conventions", () => {
  it("year 1 not discounted: PV = 6000 + 5400 / 1.035 + 4860 / 1.071225", () => {
    const r = compute(model({ conventions: { discountFirstYear: false } }));
    // 6000 + 5217.391304 + 4536.862004 = 15754.253308
    expect(r.outcomes[0]?.years.map((y) => y.presentValue)[0]).toBe(6000);
    expect(r.presentValue).toBeCloseTo(15754.253308129, 8);
    expect(r.ratio).toBeCloseTo(1.5754253308129, 12);
    expect(r.conventions.statements.find((s) => s.option === "discountFirstYear")?.text.en).toContain(
      "not discounted",
    );
  });

  it("drop-off from year 1: values 5400, 4860, 4374", () => {
    const r = compute(model({ conventions: { dropOffStartsYear: 1 } }));
    // 6000 × 0.9 = 5400, × 0.9 = 4860, × 0.9 = 4374
    const values = r.outcomes[0]?.years.map((y) => y.value) ?? [];
    [5400, 4860, 4374].forEach((expected, k) => {
      expect(values[k]).toBeCloseTo(expected, 9);
    });
    // 5400 / 1.035 + 4860 / 1.071225 + 4374 / 1.108717875 = 5217.391304 + 4536.862004 + 3945.097395
    expect(r.presentValue).toBeCloseTo(13699.35070272, 8);
    // the impact column is still the undiminished 6000, so payback stays 20 months
    expect(r.outcomes[0]?.impact).toBe(6000);
    expect(r.payback.months).toBe(20);
  });

  it("start = 2 shifts the series to years 2–4, discounted as such", () => {
    const r = compute(model({}, { start: 2 }));
    const [o] = r.outcomes;
    expect(o?.years.map((y) => [y.year, y.value])).toEqual([
      [2, 6000],
      [3, 5400],
      [4, 4860],
    ]);
    // 6000 / 1.071225 + 5400 / 1.108717875 + 4860 / 1.147523000625 = 5601.064202 + 4870.490611 + 4235.209227
    expect(r.presentValue).toBeCloseTo(14706.764039421, 8);
    expect(r.years.map((y) => y.value)).toEqual([0, 6000, 5400, 4860]);
    expect(r.conventions.horizonYears).toBe(4);
    // impact-map payback counts the outcome's year-1 impact although it falls in year 2
    expect(r.payback).toMatchObject({ months: 20, shiftedOutcomeIds: ["emploi"] });
  });

  it("start = 2 with calendar-year-1 payback: nothing falls in year 1, so no payback, with a warning", () => {
    const r = compute(model({ conventions: { paybackBasis: "calendar-year-1" } }, { start: 2 }));
    expect(r.payback).toMatchObject({ months: null, status: "no-year-one-impact", yearOneImpact: 0 });
    expect(r.payback.explanation.en).toContain("do not count under the chosen convention");
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["NO_YEAR_ONE_IMPACT", "warning"]]);
    expect(r.ratio).toBeCloseTo(1.4706764039421, 12);
  });

  it("start offset 0: start = 2 is recorded but counted from year 1", () => {
    const shifted = compute(model({ conventions: { startOffsetYears: 0 } }, { start: 2 }));
    const plain = compute(model());
    expect(shifted.presentValue).toBe(plain.presentValue);
    expect(shifted.outcomes[0]?.start).toBe(2);
  });

  it("r = 0: the present value is the plain sum 16260", () => {
    const r = compute(model({ discountRate: 0 }));
    expect(r.presentValue).toBe(16260);
    expect(r.ratio).toBe(1.626);
  });

  it("the discount rate defaults to 3.5 %", () => {
    const { discountRate: _, ...withoutRate } = model();
    expect(compute(withoutRate).conventions.discountRate).toBe(0.035);
  });
});

describe("investment", () => {
  it("sums inputs exactly in cents, as numbers or decimal strings", () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in cents it is 10 + 20 = 30
    const r = compute(
      model({
        inputs: [
          { label: "a", stakeholder: "Commune", value: 0.1 },
          { label: "b", stakeholder: "Commune", value: "0,20" },
          { label: "c", stakeholder: "Fondation", value: "1234.5" },
        ],
      }),
    );
    expect(r.investment).toMatchObject({ cents: 123_480, euros: 1234.8, text: "1234.80" });
    expect(r.investment.byStakeholder).toEqual([
      { stakeholder: "Commune", cents: 30, euros: 0.3, text: "0.30" },
      { stakeholder: "Fondation", cents: 123_450, euros: 1234.5, text: "1234.50" },
    ]);
  });

  it("large amounts keep their cents, whether given as numbers or strings", () => {
    const r = compute(
      model({
        inputs: [
          { label: "a", stakeholder: "Région", value: 325_468_397.65 },
          { label: "b", stakeholder: "Région", value: "490645245,04" },
        ],
      }),
    );
    expect(r.investment.text).toBe("816113642.69");
  });

  it("an investment of 0 leaves the ratios null with an error saying why, the PV still computed", () => {
    const r = compute(model({ inputs: [] }));
    expect(r.ratio).toBeNull();
    expect(r.netRatio).toBeNull();
    expect(r.presentValue).toBeCloseTo(15221.500780801, 8);
    expect(r.payback).toMatchObject({ months: null, status: "no-investment" });
    const error = r.issues.find((i) => i.code === "NO_INVESTMENT");
    expect(error?.severity).toBe("error");
    expect(error?.message.fr).toContain("ne peut pas être calculé sans apports");
    expect(error?.message.en).toContain("cannot be computed without inputs");
  });
});
