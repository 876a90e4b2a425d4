import { describe, expect, it } from "vitest";
import {
  breakEven,
  computeSroi,
  OUTCOME_PARAMETERS,
  oneWaySensitivity,
  type SroiAssumption,
  type SroiModelInput,
  type SroiOutcomeInput,
} from "../src/sroi/index.ts";

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
const logement: SroiOutcomeInput = {
  ...emploi,
  id: "logement",
  outcome: "Logement stable",
  quantity: 6,
  duration: 4,
  start: 2,
  proxy: { value: 1500, year: 2024, source: "Fondation Abbé Pierre" },
  deadweight: fraction(0.3),
  displacement: fraction(0.1),
  attribution: fraction(0.2),
  dropOff: fraction(0.3),
};

const single: SroiModelInput = {
  inputs: [{ label: "Subvention", stakeholder: "Commune", value: 10_000 }],
  outcomes: [emploi],
};
const pair: SroiModelInput = {
  inputs: [{ label: "Subvention", stakeholder: "Commune", value: 19_000 }],
  outcomes: [emploi, logement],
};

function ratioOf(model: SroiModelInput): number {
  const output = computeSroi(model);
  if (!output.ok || output.result.ratio === null) throw new Error(JSON.stringify(output));
  return output.result.ratio;
}

/** The model with one assumption set to `value`, as a user would type it. */
function withValue(model: SroiModelInput, a: SroiAssumption, value: number): SroiModelInput {
  if (a.parameter === "discountRate") return { ...model, discountRate: value };
  return {
    ...model,
    outcomes: model.outcomes.map((o) => {
      if (o.id !== a.outcomeId) return o;
      if (a.parameter === "quantity") return { ...o, quantity: value };
      if (a.parameter === "duration") return { ...o, duration: value };
      if (a.parameter === "proxy") return { ...o, proxy: { ...o.proxy, value } };
      return { ...o, [a.parameter]: fraction(value) };
    }),
  };
}

/** The ratio at a non-whole duration (pro rata), through the public one-way analysis. */
function ratioAtDuration(model: SroiModelInput, a: SroiAssumption, years: number): number {
  const output = oneWaySensitivity(model, {
    assumptions: [],
    ranges: [{ assumption: a, low: years, high: years }],
  });
  if (!output.ok) throw new Error(JSON.stringify(output.issues));
  return output.result.bars[0]?.ratioAtLow ?? Number.NaN;
}

describe("break-even", () => {
  it("worked example: each value brings the ratio to 1:1", () => {
    const output = breakEven(single);
    if (!output.ok) throw new Error(JSON.stringify(output.issues));
    const byKey = new Map(output.result.entries.map((e) => [e.key, e]));
    // PV = 15 221.500781, I = 10 000, ratio 1.5221500781; PV is proportional to Q, P, (1 − DW), (1 − DS), (1 − AT):
    //   Q* = 10 × 10 000 / 15 221.500781 = 6.569654
    //   P* = 1000 × 10 000 / 15 221.500781 = 656.965…
    //   DW* = 1 − 0.8 / 1.5221500781 = 0.474424…
    //   DS* = 1 − 1 / 1.5221500781 = 0.343030…
    //   AT* = 1 − 0.75 / 1.5221500781 = 0.507273…
    const ratio = (6000 / 1.035 + 5400 / 1.035 ** 2 + 4860 / 1.035 ** 3) / 10_000;
    expect(byKey.get("outcome:emploi:quantity")?.value).toBeCloseTo(10 / ratio, 12);
    expect(byKey.get("outcome:emploi:proxy")?.value).toBeCloseTo(1000 / ratio, 9);
    expect(byKey.get("outcome:emploi:deadweight")?.value).toBeCloseTo(1 - 0.8 / ratio, 12);
    expect(byKey.get("outcome:emploi:displacement")?.value).toBeCloseTo(1 - 1 / ratio, 12);
    expect(byKey.get("outcome:emploi:attribution")?.value).toBeCloseTo(1 - 0.75 / ratio, 12);
    // L*: years 1 and 2 give 5797.101449 + 5040.957782 = 10 838.06 > 10 000, year 1 alone 5797.10 < 10 000,
    //   so 1:1 falls in year 2: L* = 1 + (10 000 − 5797.101449) / 5040.957782 = 1.833748…, 2 whole years
    const duration = byKey.get("outcome:emploi:duration");
    expect(duration?.value).toBeCloseTo(1 + (10000 - 6000 / 1.035) / (5400 / 1.035 ** 2), 10);
    expect(duration?.wholeYears).toBe(2);
    expect(duration?.method).toBe("bisection");
    expect(byKey.get("outcome:emploi:quantity")?.method).toBe("analytic");
    expect(byKey.get("outcome:emploi:quantity")?.relativeChange).toBeCloseTo(1 / ratio - 1, 12);
  });

  for (const [name, model] of [
    ["one outcome", single],
    ["two outcomes, one starting in year 2", pair],
  ] as const) {
    it(`${name}: recomputing the ratio at each break-even value gives 1 to 1e-9`, () => {
      const output = breakEven(model);
      if (!output.ok) throw new Error(JSON.stringify(output.issues));
      const found = output.result.entries.filter((e) => e.status === "found");
      expect(found.length).toBeGreaterThan(5);
      for (const e of found) {
        const value = e.value ?? Number.NaN;
        const ratio =
          e.assumption.parameter === "duration"
            ? ratioAtDuration(model, e.assumption, value)
            : ratioOf(withValue(model, e.assumption, value));
        expect(Math.abs(ratio - 1), e.key).toBeLessThan(1e-9);
        expect(e.message.en).toContain("the ratio is 1:1");
        if (e.assumption.parameter === "duration" && e.wholeYears !== null) {
          expect(ratioOf(withValue(model, e.assumption, e.wholeYears))).toBeGreaterThanOrEqual(1 - 1e-12);
          if (e.wholeYears > 1)
            expect(ratioOf(withValue(model, e.assumption, e.wholeYears - 1))).toBeLessThan(1);
        }
      }
    });
  }

  it("says when no value in the allowed range reaches 1:1", () => {
    // With I = 3000 the ratio stays above 1:1 whatever the drop-off: at 100 % only year 1 is left,
    // 5797.10 / 3000 = 1.93; at 0 %, 6000 × (1/1.035 + 1/1.035² + 1/1.035³) / 3000 = 16 809.86 / 3000 = 5.60.
    const generous = { ...single, inputs: [{ label: "Subvention", stakeholder: "Commune", value: 3000 }] };
    const output = breakEven(generous, {
      assumptions: [
        { parameter: "dropOff", outcomeId: "emploi" },
        { parameter: "discountRate" },
        { parameter: "deadweight", outcomeId: "emploi" },
      ],
    });
    if (!output.ok) throw new Error(JSON.stringify(output.issues));
    const [dropOff, rate, deadweight] = output.result.entries;
    expect(dropOff).toMatchObject({ status: "unreachable", value: null, change: null });
    expect(dropOff?.ratioAtDomainMax).toBeCloseTo(6000 / 1.035 / 3000, 12);
    expect(dropOff?.message.en).toBe(
      "No value in the allowed range (0% to 100%) of drop-off of outcome “Emploi retrouvé” reaches 1:1: the ratio stays between 1.93 and 5.60.",
    );
    expect(dropOff?.message.fr).toContain(
      "Aucune valeur permise (de 0 % à 100 %) pour la diminution annuelle",
    );
    // r up to 100 %: 6000/2 + 5400/4 + 4860/8 = 4957.5 > 3000, still above 1:1
    expect(rate?.status).toBe("unreachable");
    expect(deadweight?.status).toBe("found");
  });

  it("says when the ratio does not depend on an assumption", () => {
    const oneYear = { ...single, outcomes: [{ ...emploi, duration: 1 }] };
    const zeroProxy = { ...single, outcomes: [{ ...emploi, proxy: { value: 0, year: 2024, source: "x" } }] };
    const a = breakEven(oneYear, { assumptions: [{ parameter: "dropOff", outcomeId: "emploi" }] });
    const b = breakEven(zeroProxy, { assumptions: [{ parameter: "quantity", outcomeId: "emploi" }] });
    expect(a.ok && a.result.entries[0]?.status).toBe("insensitive");
    expect(b.ok && b.result.entries[0]?.status).toBe("insensitive");
    expect(a.ok && a.result.entries[0]?.message.en).toContain("does not change the ratio");
  });

  it("lists every assumption by default: 7 per outcome and the discount rate", () => {
    const output = breakEven(pair);
    expect(output.ok && output.result.entries.length).toBe(2 * OUTCOME_PARAMETERS.length + 1);
    expect(output.ok && output.result.conventions.options.dropOffStartsYear).toBe(2);
  });
});
