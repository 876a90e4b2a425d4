import { describe, expect, it } from "vitest";
import {
  type AdoptingEvaluation,
  canPublishNetworkFramework,
  carriesFigures,
  criterionLockViolation,
  diffNetworkFrameworkContents,
  frameworkIndicatorLockViolation,
  isEmptyAdoptionPlan,
  isShareableWithMembers,
  type NetworkFrameworkContent,
  planNetworkAdoption,
  questionLockViolations,
  snapshotNetworkFramework,
} from "../src/index.ts";

const NF = "nf-1";
const pin = (code: string, version = 1) => ({
  definitionId: `def-${code}`,
  indicatorVersionId: `ver-${code}-${version}`,
  code,
  version,
});

/** Version 1: Q1 → C1 (A, B); Q2 → C2 (C). */
const v1: NetworkFrameworkContent = {
  questions: [
    {
      key: "q1",
      text: "Question 1 ?",
      criteria: [{ key: "c1", kind: "effectiveness", label: "Efficacité", indicators: [pin("A"), pin("B")] }],
    },
    {
      key: "q2",
      text: "Question 2 ?",
      criteria: [{ key: "c2", kind: "impact", label: "Impact", indicators: [pin("C")] }],
    },
  ],
};

const origin = (sourceKey: string) => ({ networkFrameworkId: NF, sourceKey });
const noFigures = { hasFigures: false };

/** An evaluation that adopted version 1, plus the member's own question, criterion and indicator. */
function adoptedV1(
  overrides: Partial<Record<"A" | "B" | "C", { hasFigures: boolean }>> = {},
): AdoptingEvaluation {
  const indicator = (code: "A" | "B" | "C", criterionId: string) => ({
    id: `fi-${code}`,
    criterionId,
    ...pin(code),
    origin: origin(`def-${code}`),
    ...noFigures,
    ...overrides[code],
  });
  return {
    questions: [
      { id: "own-q", text: "La nôtre ?", origin: null },
      { id: "e-q1", text: "Question 1 ?", origin: origin("q1") },
      { id: "e-q2", text: "Question 2 ?", origin: origin("q2") },
    ],
    criteria: [
      { id: "own-c", questionId: "own-q", kind: "custom", label: "Local", origin: null },
      { id: "e-c1", questionId: "e-q1", kind: "effectiveness", label: "Efficacité", origin: origin("c1") },
      { id: "e-c2", questionId: "e-q2", kind: "impact", label: "Impact", origin: origin("c2") },
    ],
    indicators: [
      indicator("A", "e-c1"),
      indicator("B", "e-c1"),
      indicator("C", "e-c2"),
      { id: "fi-L", criterionId: "own-c", ...pin("L"), origin: null, ...noFigures },
    ],
  };
}

describe("publishing", () => {
  it("is for networks and regional bodies", () => {
    expect(canPublishNetworkFramework("network")).toBe(true);
    expect(canPublishNetworkFramework("regional_body")).toBe(true);
    expect(canPublishNetworkFramework("structure")).toBe(false);
    expect(canPublishNetworkFramework("support_organisation")).toBe(false);
  });

  it("shares only definitions every member sees", () => {
    const publisher = { organisationId: "net", ancestorIds: ["national"] };
    expect(isShareableWithMembers({ scope: "public", organisationId: null }, publisher)).toBe(true);
    expect(isShareableWithMembers({ scope: "network", organisationId: "net" }, publisher)).toBe(true);
    expect(isShareableWithMembers({ scope: "network", organisationId: "national" }, publisher)).toBe(true);
    expect(isShareableWithMembers({ scope: "private", organisationId: "net" }, publisher)).toBe(false);
    expect(isShareableWithMembers({ scope: "network", organisationId: "a-member" }, publisher)).toBe(false);
  });

  it("snapshots questions and criteria with their ids as keys, placed indicators once each", () => {
    const content = snapshotNetworkFramework({
      questions: [
        { id: "q1", text: "Question 1 ?" },
        { id: "q2", text: "Question 2 ?" },
      ],
      criteria: [
        { id: "c2", questionId: "q2", kind: "impact", label: "Impact" },
        { id: "c1", questionId: "q1", kind: "effectiveness", label: "Efficacité" },
      ],
      indicators: [
        { ...pin("A"), criterionId: "c1" },
        { ...pin("Z"), criterionId: null },
        { ...pin("B"), criterionId: "c1" },
        { ...pin("C"), criterionId: "c2" },
        { ...pin("A", 2), criterionId: "c2" },
      ],
    });
    expect(content).toEqual(v1);
  });

  it("describes what a version changes, and recognises an identical one", () => {
    expect(diffNetworkFrameworkContents(null, v1)).toMatchObject({
      unchanged: false,
      indicatorsAdded: ["A", "B", "C"],
      questionsAdded: 2,
      criteriaAdded: 2,
    });
    expect(diffNetworkFrameworkContents(v1, structuredClone(v1)).unchanged).toBe(true);
    const v2 = structuredClone(v1);
    v2.questions[0]!.criteria[0]!.indicators = [pin("A", 2), pin("D")];
    expect(diffNetworkFrameworkContents(v1, v2)).toEqual({
      unchanged: false,
      indicatorsAdded: ["D"],
      indicatorsRemoved: ["B"],
      indicatorsRepinned: [{ code: "A", from: 1, to: 2 }],
      questionsAdded: 0,
      questionsRemoved: 0,
      criteriaAdded: 0,
      criteriaRemoved: 0,
    });
  });
});

describe("planning an adoption", () => {
  it("adds everything on a first adoption, and takes over an indicator the member already had", () => {
    const plan = planNetworkAdoption(NF, v1, {
      questions: [{ id: "own-q", text: "La nôtre ?", origin: null }],
      criteria: [{ id: "own-c", questionId: "own-q", kind: "custom", label: "Local", origin: null }],
      indicators: [{ id: "fi-B", criterionId: "own-c", ...pin("B", 3), origin: null, hasFigures: true }],
    });
    expect(plan.questions.add).toEqual([
      { key: "q1", text: "Question 1 ?" },
      { key: "q2", text: "Question 2 ?" },
    ]);
    expect(plan.criteria.add.map((c) => [c.key, c.questionKey])).toEqual([
      ["c1", "q1"],
      ["c2", "q2"],
    ]);
    expect(plan.indicators.add.map((i) => [i.code, i.criterionKey])).toEqual([
      ["A", "c1"],
      ["C", "c2"],
    ]);
    // Moved under the shared criterion and aligned on the network's version; figures untouched.
    expect(plan.indicators.link).toEqual([{ ...pin("B"), id: "fi-B", criterionKey: "c1", fromVersion: 3 }]);
    expect([plan.indicators.remove, plan.criteria.remove, plan.questions.remove]).toEqual([[], [], []]);
  });

  it("changes nothing when the evaluation already follows the version", () => {
    expect(isEmptyAdoptionPlan(planNetworkAdoption(NF, v1, adoptedV1()))).toBe(true);
  });

  it("re-pins, moves, rewords, adds and removes what the network changed", () => {
    const v2: NetworkFrameworkContent = {
      questions: [
        {
          key: "q1",
          text: "Question 1, reformulée ?",
          criteria: [
            { key: "c1", kind: "effectiveness", label: "Efficacité", indicators: [pin("A", 2)] },
            { key: "c3", kind: "relevance", label: "Pertinence", indicators: [pin("C"), pin("D")] },
          ],
        },
      ],
    };
    const plan = planNetworkAdoption(NF, v2, adoptedV1());
    expect(plan.questions).toEqual({
      add: [],
      reword: [{ id: "e-q1", text: "Question 1, reformulée ?" }],
      remove: [{ id: "e-q2", text: "Question 2 ?" }],
      unlink: [],
    });
    expect(plan.criteria).toEqual({
      add: [{ key: "c3", questionKey: "q1", kind: "relevance", label: "Pertinence" }],
      update: [],
      remove: [{ id: "e-c2", label: "Impact" }],
      unlink: [],
    });
    expect(plan.indicators.add.map((i) => i.code)).toEqual(["D"]);
    expect(plan.indicators.update).toEqual([
      { ...pin("A", 2), id: "fi-A", criterionKey: "c1", fromVersion: 1 },
      { ...pin("C"), id: "fi-C", criterionKey: "c3", fromVersion: 1 },
    ]);
    expect(plan.indicators.remove).toEqual([{ id: "fi-B", code: "B" }]);
    expect(plan.indicators.unlink).toEqual([]);
  });

  it("keeps as the member's own what the network dropped but the member worked on", () => {
    const v2: NetworkFrameworkContent = { questions: [structuredClone(v1.questions[0]!)] };
    v2.questions[0]!.criteria[0]!.indicators = [pin("A")];
    const evaluation = adoptedV1({ B: { hasFigures: true }, C: { hasFigures: true } });
    const plan = planNetworkAdoption(NF, v2, evaluation);
    expect(plan.indicators.unlink.map((i) => i.code)).toEqual(["B", "C"]);
    expect(plan.indicators.remove).toEqual([]);
    // C stays under C2, so C2 stays, so Q2 stays: all three become the member's own.
    expect(plan.criteria.unlink).toEqual([{ id: "e-c2", label: "Impact" }]);
    expect(plan.questions.unlink).toEqual([{ id: "e-q2", text: "Question 2 ?" }]);

    // A member's own criterion under a dropped shared question keeps the question.
    const withLocal = adoptedV1();
    const local = {
      id: "own-c2",
      questionId: "e-q2",
      kind: "custom" as const,
      label: "À nous",
      origin: null,
    };
    const planned = planNetworkAdoption(NF, v2, { ...withLocal, criteria: [...withLocal.criteria, local] });
    expect(planned.criteria.remove).toEqual([{ id: "e-c2", label: "Impact" }]);
    expect(planned.questions.unlink).toEqual([{ id: "e-q2", text: "Question 2 ?" }]);
    expect(planned.indicators.remove.map((i) => i.code)).toEqual(["B", "C"]);
  });

  it("reports an indicator the evaluation follows through another network framework", () => {
    const evaluation: AdoptingEvaluation = {
      questions: [],
      criteria: [],
      indicators: [
        {
          id: "fi-C",
          criterionId: null,
          ...pin("C"),
          origin: { networkFrameworkId: "nf-other", sourceKey: "def-C" },
          ...noFigures,
        },
      ],
    };
    expect(planNetworkAdoption(NF, v1, evaluation).conflicts).toEqual([
      { code: "C", networkFrameworkId: "nf-other" },
    ]);
  });

  it("counts any baseline or target as the member's figures", () => {
    const empty = {
      baselineValue: null,
      baselineDate: null,
      baselineNote: null,
      targetValue: null,
      targetDate: null,
    };
    expect(carriesFigures(empty)).toBe(false);
    expect(carriesFigures({ ...empty, targetDate: "2026-12-31" })).toBe(true);
    expect(carriesFigures({ ...empty, baselineNote: "À mesurer" })).toBe(true);
  });
});

describe("locks on shared items", () => {
  const shared = { networkFrameworkId: NF, questionId: "q", kind: "impact" as const, label: "Impact" };

  it("lets a local criterion change freely, and a shared one not at all", () => {
    expect(criterionLockViolation({ ...shared, networkFrameworkId: null }, null)).toBeNull();
    expect(criterionLockViolation(shared, null)).toBe("remove");
    expect(criterionLockViolation(shared, { ...shared, questionId: "other" })).toBe("move");
    expect(criterionLockViolation(shared, { ...shared, label: "Autre" })).toBe("rename");
    expect(criterionLockViolation(shared, { ...shared, kind: "relevance" })).toBe("rename");
    expect(criterionLockViolation(shared, { questionId: "q", kind: "impact", label: "Impact" })).toBeNull();
  });

  it("lets a shared indicator keep its place and version, its figures being free", () => {
    const indicator = { networkFrameworkId: NF, criterionId: "c" };
    expect(frameworkIndicatorLockViolation(indicator, { criterionId: "c" })).toBeNull();
    expect(frameworkIndicatorLockViolation(indicator, { criterionId: null })).toBe("move");
    expect(frameworkIndicatorLockViolation(indicator, "remove")).toBe("remove");
    expect(frameworkIndicatorLockViolation(indicator, "upgrade")).toBe("upgrade");
    expect(
      frameworkIndicatorLockViolation({ networkFrameworkId: null, criterionId: "c" }, "remove"),
    ).toBeNull();
  });

  it("requires the scope form to send shared questions back unchanged, in any order", () => {
    const existing = [
      { id: "own", text: "La nôtre ?", networkFrameworkId: null },
      { id: "s1", text: "Partagée 1 ?", networkFrameworkId: NF },
      { id: "s2", text: "Partagée 2 ?", networkFrameworkId: NF },
    ];
    expect(
      questionLockViolations(existing, [
        { id: "s2", text: "Partagée 2 ?" },
        { id: "s1", text: "Partagée 1 ?" },
        { text: "Nouvelle ?" },
      ]),
    ).toEqual([]);
    expect(
      questionLockViolations(existing, [
        { id: "own", text: "Changée ?" },
        { id: "s1", text: "Modifiée ?" },
      ]).map((v) => [v.question.id, v.change]),
    ).toEqual([
      ["s1", "rename"],
      ["s2", "remove"],
    ]);
  });
});
