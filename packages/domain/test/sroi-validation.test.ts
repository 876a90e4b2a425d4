import { describe, expect, it } from "vitest";
import {
  breakEven,
  computeSroi,
  monteCarloSroi,
  oneWaySensitivity,
  type SroiIssue,
  type SroiModelInput,
  type SroiOutcomeInput,
  validateSroiModel,
  ZSroiModel,
} from "../src/sroi/index.ts";

const fraction = (value: number) => ({ value, justification: "" });

const outcome: SroiOutcomeInput = {
  id: "o1",
  stakeholder: "Jeunes",
  outcome: "Emploi durable",
  indicator: { label: "En emploi à 6 mois" },
  quantity: 10,
  duration: 3,
  proxy: { value: 1000, year: 2024, source: "Dares" },
  deadweight: fraction(0.2),
  displacement: fraction(0),
  attribution: fraction(0.25),
  dropOff: fraction(0.1),
};

const model = (o: Partial<SroiOutcomeInput> = {}, m: Partial<SroiModelInput> = {}): SroiModelInput => ({
  inputs: [{ label: "Subvention", stakeholder: "Commune", value: 10_000 }],
  outcomes: [{ ...outcome, ...o }],
  ...m,
});

function issuesOf(input: unknown): SroiIssue[] {
  const v = validateSroiModel(input);
  return v.issues;
}

describe("model validation", () => {
  it("accepts a valid model, filling the defaults", () => {
    const v = validateSroiModel(model());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.model.discountRate).toBe(0.035);
    expect(v.model.outcomes[0]?.start).toBe(1);
    expect(v.model.outcomes[0]?.proxy.currency).toBe("EUR");
    expect(v.model.conventions.dropOffStartsYear).toBe(2);
    expect(v.issues).toEqual([]);
    expect(ZSroiModel.safeParse(model()).success).toBe(true);
  });

  it.each([
    ["deadweight", 1.2, "1,2 (soit 120 %)", "1.2 (that is 120%)"],
    ["displacement", -0.1, "-0,1 (soit -10 %)", "-0.1 (that is -10%)"],
    ["attribution", 25, "25 (soit 2 500 %)", "25 (that is 2,500%)"],
    ["dropOff", 1.0001, "1,0001 (soit 100,01 %)", "1.0001 (that is 100.01%)"],
  ] as const)("a %s of %d is outside [0, 1], said in fractions and percentages", (field, value, fr, en) => {
    const [issue] = issuesOf(model({ [field]: fraction(value) }));
    expect(issue).toMatchObject({
      severity: "error",
      code: "FRACTION_OUT_OF_RANGE",
      path: `outcomes.0.${field}.value`,
    });
    // Intl's French grouping uses a narrow no-break space; compare on plain spaces.
    expect(issue?.message.fr.replace(/\u202f|\u00a0/g, " ")).toContain(
      "entre 0 et 1 (de 0 à 100 % à l'écran)",
    );
    expect(issue?.message.fr.replace(/\u202f|\u00a0/g, " ").replace("−", "-")).toContain(fr);
    expect(issue?.message.fr).toContain("« Emploi durable »");
    expect(issue?.message.en).toContain("between 0 and 1 (0–100% on screen)");
    expect(issue?.message.en.replace("−", "-")).toContain(en);
  });

  it.each([0, -2, 2.5, 101])("a duration of %d years is refused", (duration) => {
    const [issue] = issuesOf(model({ duration }));
    expect(issue).toMatchObject({ code: "DURATION_INVALID", path: "outcomes.0.duration" });
    expect(issue?.message.fr).toContain("nombre entier d'années entre 1 et 100");
    expect(issue?.message.en).toContain("whole number of years from 1 to 100");
  });

  it("negative quantity, proxy and input values are refused, each with its own code", () => {
    const issues = issuesOf(
      model(
        { quantity: -1, proxy: { value: -5, year: 2024, source: "x" } },
        { inputs: [{ label: "Prêt", stakeholder: "Banque", value: -100 }] },
      ),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["NEGATIVE_INPUT", "inputs.0.value"],
      ["NEGATIVE_QUANTITY", "outcomes.0.quantity"],
      ["NEGATIVE_PROXY", "outcomes.0.proxy.value"],
    ]);
    expect(issues[1]?.message.en).toBe(
      "The quantity of outcome “Emploi durable” cannot be negative; got -1.",
    );
  });

  it("inputs must be euros to the cent", () => {
    const issues = issuesOf(
      model(
        {},
        {
          inputs: [
            { label: "a", stakeholder: "x", value: 10.005 },
            { label: "b", stakeholder: "x", value: "12,345" },
            { label: "c", stakeholder: "x", value: "douze" },
          ],
        },
      ),
    );
    expect(issues.map((i) => i.code)).toEqual(["INPUT_NOT_CENTS", "INPUT_NOT_CENTS", "INPUT_NOT_CENTS"]);
    expect(issues[1]?.message.fr).toContain("au plus deux décimales");
  });

  it("NaN and Infinity never get in", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const v = validateSroiModel(model({ quantity: bad, proxy: { value: bad, year: 2024 } }));
      expect(v.ok).toBe(false);
      expect(v.issues.every((i) => i.code === "INVALID_VALUE" && i.message.fr.length > 0)).toBe(true);
    }
  });

  it("the discount rate must be in [0, 1], and outcome ids unique", () => {
    const issues = issuesOf(model({}, { discountRate: 3.5, outcomes: [outcome, outcome] }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["DISCOUNT_RATE_OUT_OF_RANGE", "discountRate"],
      ["DUPLICATE_OUTCOME_ID", "outcomes.1.id"],
    ]);
    expect(issues[0]?.message.fr).toContain("3,5 % par défaut");
    expect(issues[0]?.message.en).toContain("(that is 350%)");
  });

  it("values too large to stay finite are refused", () => {
    const issues = issuesOf(model({ quantity: 1e300, proxy: { value: 1e300, year: 2024, source: "x" } }));
    expect(issues.map((i) => i.code)).toEqual(["VALUE_TOO_LARGE", "VALUE_TOO_LARGE"]);
  });

  it("a proxy without source is a warning, not an error", () => {
    const output = computeSroi(model({ proxy: { value: 1000, year: 2024 } }));
    expect(output.ok).toBe(true);
    if (!output.ok) return;
    expect(output.result.issues).toMatchObject([
      { severity: "warning", code: "PROXY_WITHOUT_SOURCE", path: "outcomes.0.proxy.source" },
    ]);
    expect(output.result.issues[0]?.message.en).toContain("has no source");
  });

  it("a model with no outcome is valid, with a warning and a ratio of 0", () => {
    const output = computeSroi({ inputs: [{ label: "a", stakeholder: "b", value: 1 }], outcomes: [] });
    expect(output.ok && output.result.ratio).toBe(0);
    expect(output.ok && output.result.issues.map((i) => i.code)).toEqual([
      "NO_OUTCOMES",
      "NO_YEAR_ONE_IMPACT",
    ]);
  });

  it("type errors come with zod's messages in both languages", () => {
    const v = validateSroiModel({ inputs: "none", outcomes: [] });
    expect(v.ok).toBe(false);
    expect(v.issues[0]).toMatchObject({ code: "INVALID_VALUE", path: "inputs" });
    expect(v.issues[0]?.message.fr).not.toBe(v.issues[0]?.message.en);
  });
});

describe("sensitivity specs", () => {
  const unknown = { parameter: "deadweight", outcomeId: "nope" } as const;

  it("an unknown outcome id is an error in each analysis", () => {
    const outputs = [
      oneWaySensitivity(model(), { assumptions: [unknown] }),
      breakEven(model(), { assumptions: [unknown] }),
      monteCarloSroi(model(), {
        seed: 1,
        ranges: [{ assumption: unknown, distribution: "uniform", min: 0, max: 1 }],
      }),
    ];
    const paths = ["spec.assumptions.0.outcomeId", "spec.assumptions.0.outcomeId", "spec.ranges.0.outcomeId"];
    outputs.forEach((output, k) => {
      expect(output.ok).toBe(false);
      if (output.ok) return;
      expect(output.issues).toMatchObject([{ severity: "error", code: "UNKNOWN_OUTCOME", path: paths[k] }]);
      expect(output.issues[0]?.message.fr).toContain("« nope » n'existe pas");
    });
  });

  it("ranges outside what the model allows, or upside down, are refused", () => {
    const output = monteCarloSroi(model(), {
      seed: 1,
      ranges: [
        {
          assumption: { parameter: "deadweight", outcomeId: "o1" },
          distribution: "uniform",
          min: 0.1,
          max: 1.5,
        },
        {
          assumption: { parameter: "quantity", outcomeId: "o1" },
          distribution: "triangular",
          min: 5,
          mode: 20,
          max: 15,
        },
        { assumption: { parameter: "quantity", outcomeId: "o1" }, distribution: "uniform", min: 5, max: 15 },
      ],
    });
    expect(output.ok).toBe(false);
    if (output.ok) return;
    expect(output.issues.map((i) => [i.code, i.path])).toEqual([
      ["DUPLICATE_ASSUMPTION", "spec.ranges.2"],
      ["RANGE_OUT_OF_DOMAIN", "spec.ranges.0.max"],
      ["RANGE_INVALID", "spec.ranges.1.max"],
    ]);
    expect(output.issues[1]?.message.fr).toContain("(150 %) sort des valeurs permises (de 0 % à 100 %)");
  });

  it("ratio analyses refuse a model without investment, saying why", () => {
    const noInputs = model({}, { inputs: [] });
    for (const output of [
      oneWaySensitivity(noInputs),
      breakEven(noInputs),
      monteCarloSroi(noInputs, { seed: 1, ranges: [] }),
    ]) {
      expect(output.ok).toBe(false);
      if (output.ok) continue;
      expect(output.issues.map((i) => i.code)).toEqual(["NO_INVESTMENT"]);
      expect(output.issues[0]?.message.en).toContain("cannot be computed without inputs");
    }
  });

  it("malformed specs are reported under spec.", () => {
    const output = monteCarloSroi(model(), { draws: 0, ranges: [] });
    expect(output.ok).toBe(false);
    if (!output.ok) expect(output.issues[0]).toMatchObject({ code: "INVALID_VALUE", path: "spec.draws" });
  });
});
