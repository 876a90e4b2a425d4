import { describe, expect, it } from "vitest";
import {
  AppError,
  CRITERION_KIND_EXPLANATIONS,
  CRITERION_KIND_LABELS,
  CRITERION_KINDS,
  parseInput,
  ZCriterionInput,
  ZFrameworkIndicatorInput,
  ZFrameworkIndicatorUpdate,
} from "../src/index.ts";

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).issues;
  }
  throw new Error("expected a validation error");
}

describe("criterion kinds", () => {
  it("names and explains every kind in both languages, in one line", () => {
    for (const kind of CRITERION_KINDS) {
      for (const text of [CRITERION_KIND_LABELS[kind], CRITERION_KIND_EXPLANATIONS[kind]]) {
        expect(text.fr, kind).not.toBe("");
        expect(text.en, kind).not.toBe("");
        expect(text.fr, kind).not.toContain("\n");
      }
      expect(CRITERION_KIND_EXPLANATIONS[kind].fr).not.toBe(CRITERION_KIND_EXPLANATIONS[kind].en);
    }
  });
});

describe("ZCriterionInput", () => {
  it("names a criterion after its kind (French first) unless a label is given", () => {
    expect(parseInput(ZCriterionInput, { questionId: "q1", kind: "effectiveness" })).toEqual({
      questionId: "q1",
      kind: "effectiveness",
      label: "Efficacité",
    });
    expect(
      parseInput(ZCriterionInput, { questionId: "q1", kind: "effectiveness", label: "  Accès à l'emploi " })
        .label,
    ).toBe("Accès à l'emploi");
    expect(parseInput(ZCriterionInput, { questionId: "q1", kind: "impact", label: "   " }).label).toBe(
      "Impact",
    );
  });

  it("requires a label for a custom criterion, in both languages", () => {
    const issues = issuesOf(() =>
      parseInput(ZCriterionInput, { questionId: "q1", kind: "custom", label: " " }),
    );
    expect(issues).toEqual([
      {
        path: "label",
        message: { fr: "Donnez un nom à ce critère libre.", en: "Give this custom criterion a name." },
      },
    ]);
    expect(
      issuesOf(() => parseInput(ZCriterionInput, { questionId: "q1", kind: "pertinence" }))[0]?.path,
    ).toBe("kind");
  });
});

describe("ZFrameworkIndicatorInput", () => {
  it("fills absent fields with null and normalises figures and outcome ids", () => {
    expect(parseInput(ZFrameworkIndicatorInput, { indicatorId: "ind-1" })).toEqual({
      indicatorId: "ind-1",
      criterionId: null,
      baselineValue: null,
      baselineDate: null,
      baselineNote: null,
      targetValue: null,
      targetDate: null,
      outcomeNodeIds: [],
    });
    expect(
      parseInput(ZFrameworkIndicatorInput, {
        indicatorId: "ind-1",
        criterionId: "c1",
        baselineValue: "42,5",
        baselineDate: "2026-01-15",
        baselineNote: "Enquête d'entrée",
        targetValue: -3.25,
        targetDate: "2026-12-31",
        outcomeNodeIds: ["o1", "o2", "o1"],
      }),
    ).toMatchObject({
      baselineValue: "42.5",
      targetValue: "-3.25",
      outcomeNodeIds: ["o1", "o2"],
    });
  });

  it("refuses a figure that is not a number and a target dated before its baseline", () => {
    const issues = issuesOf(() =>
      parseInput(ZFrameworkIndicatorInput, {
        indicatorId: "ind-1",
        baselineValue: "beaucoup",
        targetValue: "1.1234567",
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["baselineValue", "targetValue"]);
    expect(issues[0]?.message.en).toBe(
      "A number is expected (at most fifteen digits before the decimal point and six after).",
    );
    const dates = issuesOf(() =>
      parseInput(ZFrameworkIndicatorUpdate, { baselineDate: "2026-06-01", targetDate: "2026-01-01" }),
    );
    expect(dates).toEqual([
      {
        path: "targetDate",
        message: {
          fr: "La date de la cible précède celle de la situation de départ.",
          en: "The target date is before the baseline date.",
        },
      },
    ]);
  });

  it("has no indicatorId in the update: the pinned definition cannot be swapped", () => {
    expect(
      parseInput(ZFrameworkIndicatorUpdate, { indicatorId: "other", targetValue: 10 }),
    ).not.toHaveProperty("indicatorId");
  });
});
