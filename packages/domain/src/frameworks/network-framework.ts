import { z } from "zod";
import type { IndicatorScope } from "../indicators/indicator-contract.ts";
import type { OrganisationKind } from "../organisations/organisation-kind.ts";
import { CRITERION_KINDS, type CriterionKind } from "./criterion-kinds.ts";

// A network framework (référentiel de réseau): a network or regional body publishes the framework
// of one of its own evaluations as numbered, frozen versions; a member adopts one in its
// evaluation, where the shared questions, criteria and pinned indicators are copied and locked,
// and later brings the evaluation to a newer version. Everything here is pure: the services load
// rows, call these rules and write what they return.

/** Only these kinds publish for their members: the heads of a subtree. */
export const NETWORK_FRAMEWORK_PUBLISHER_KINDS: readonly OrganisationKind[] = ["network", "regional_body"];

export function canPublishNetworkFramework(kind: OrganisationKind): boolean {
  return NETWORK_FRAMEWORK_PUBLISHER_KINDS.includes(kind);
}

/**
 * Whether every member below the publisher sees a definition: public, or shared with the
 * network (scope "network") by the publisher itself or one of its ancestors. A private one is
 * seen by its owner alone, so a framework holding it could not be adopted.
 */
export function isShareableWithMembers(
  definition: { scope: IndicatorScope; organisationId: string | null },
  publisher: { organisationId: string; ancestorIds: readonly string[] },
): boolean {
  if (definition.scope === "public") return true;
  if (definition.scope !== "network" || definition.organisationId === null) return false;
  return (
    definition.organisationId === publisher.organisationId ||
    publisher.ancestorIds.includes(definition.organisationId)
  );
}

/** One indicator of a published version: a definition pinned at one of its versions. */
export const ZNetworkFrameworkIndicator = z.object({
  definitionId: z.string(),
  indicatorVersionId: z.string(),
  code: z.string(),
  version: z.number().int(),
});

/**
 * What one published version holds. Keys (the ids of the publisher's own items) stay the same
 * from one version to the next, so that a member's copies can follow; an indicator is known by
 * its definition, which appears once.
 */
export const ZNetworkFrameworkContent = z.object({
  questions: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      criteria: z.array(
        z.object({
          key: z.string(),
          kind: z.enum(CRITERION_KINDS),
          label: z.string(),
          indicators: z.array(ZNetworkFrameworkIndicator),
        }),
      ),
    }),
  ),
});
export type NetworkFrameworkContent = z.infer<typeof ZNetworkFrameworkContent>;
export type NetworkFrameworkIndicator = z.infer<typeof ZNetworkFrameworkIndicator>;

/** The publisher's evaluation, as its framework is read: items in their order. */
export interface NetworkFrameworkSource {
  questions: ReadonlyArray<{ id: string; text: string }>;
  criteria: ReadonlyArray<{ id: string; questionId: string; kind: CriterionKind; label: string }>;
  indicators: ReadonlyArray<NetworkFrameworkIndicator & { criterionId: string | null }>;
}

/**
 * The version to publish: every question and criterion of the evaluation, and the indicators
 * placed under a criterion (unplaced ones are the publisher's work in progress, not shared).
 */
export function snapshotNetworkFramework(source: NetworkFrameworkSource): NetworkFrameworkContent {
  const seen = new Set<string>();
  return {
    questions: source.questions.map((question) => ({
      key: question.id,
      text: question.text,
      criteria: source.criteria
        .filter((c) => c.questionId === question.id)
        .map((criterion) => ({
          key: criterion.id,
          kind: criterion.kind,
          label: criterion.label,
          indicators: source.indicators
            .filter((i) => i.criterionId === criterion.id)
            .flatMap(({ definitionId, indicatorVersionId, code, version }) => {
              // One definition once: two pins of the same measure could not both be compared.
              if (seen.has(definitionId)) return [];
              seen.add(definitionId);
              return [{ definitionId, indicatorVersionId, code, version }];
            }),
        })),
    })),
  };
}

export function contentIndicators(content: NetworkFrameworkContent): NetworkFrameworkIndicator[] {
  return content.questions.flatMap((q) => q.criteria.flatMap((c) => c.indicators));
}

export function contentCounts(content: NetworkFrameworkContent) {
  return {
    questions: content.questions.length,
    criteria: content.questions.reduce((n, q) => n + q.criteria.length, 0),
    indicators: contentIndicators(content).length,
  };
}

export interface NetworkFrameworkChanges {
  unchanged: boolean;
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
  indicatorsRepinned: Array<{ code: string; from: number; to: number }>;
  questionsAdded: number;
  questionsRemoved: number;
  criteriaAdded: number;
  criteriaRemoved: number;
}

/** What a new version changes from the previous one (`null` before the first), by code and count. */
export function diffNetworkFrameworkContents(
  before: NetworkFrameworkContent | null,
  after: NetworkFrameworkContent,
): NetworkFrameworkChanges {
  const previous = before ?? { questions: [] };
  const oldIndicators = new Map(contentIndicators(previous).map((i) => [i.definitionId, i]));
  const newIndicators = new Map(contentIndicators(after).map((i) => [i.definitionId, i]));
  const keys = (content: NetworkFrameworkContent) => ({
    questions: new Set(content.questions.map((q) => q.key)),
    criteria: new Set(content.questions.flatMap((q) => q.criteria.map((c) => c.key))),
  });
  const was = keys(previous);
  const is = keys(after);
  const missingFrom = (a: Set<string>, b: Set<string>) => [...a].filter((k) => !b.has(k)).length;
  return {
    unchanged: JSON.stringify(previous) === JSON.stringify(after),
    indicatorsAdded: [...newIndicators.values()]
      .filter((i) => !oldIndicators.has(i.definitionId))
      .map((i) => i.code),
    indicatorsRemoved: [...oldIndicators.values()]
      .filter((i) => !newIndicators.has(i.definitionId))
      .map((i) => i.code),
    indicatorsRepinned: [...newIndicators.values()].flatMap((i) => {
      const old = oldIndicators.get(i.definitionId);
      return old && old.indicatorVersionId !== i.indicatorVersionId
        ? [{ code: i.code, from: old.version, to: i.version }]
        : [];
    }),
    questionsAdded: missingFrom(is.questions, was.questions),
    questionsRemoved: missingFrom(was.questions, is.questions),
    criteriaAdded: missingFrom(is.criteria, was.criteria),
    criteriaRemoved: missingFrom(was.criteria, is.criteria),
  };
}

/** Where an item of an evaluation came from; null for the evaluation's own items. */
export interface NetworkOriginRef {
  networkFrameworkId: string;
  sourceKey: string;
}

/** An evaluation's framework as the adoption reads it: every item, with its origin. */
export interface AdoptingEvaluation {
  questions: ReadonlyArray<{ id: string; text: string; origin: NetworkOriginRef | null }>;
  criteria: ReadonlyArray<{
    id: string;
    questionId: string;
    kind: CriterionKind;
    label: string;
    origin: NetworkOriginRef | null;
  }>;
  indicators: ReadonlyArray<{
    id: string;
    criterionId: string | null;
    definitionId: string;
    indicatorVersionId: string;
    code: string;
    version: number;
    origin: NetworkOriginRef | null;
    /** A baseline or a target (value, date or note) was written: the member's own work. */
    hasFigures: boolean;
  }>;
}

/** Whether a framework indicator carries the member's figures, which an update must not lose. */
export function carriesFigures(row: {
  baselineValue: string | null;
  baselineDate: string | null;
  baselineNote: string | null;
  targetValue: string | null;
  targetDate: string | null;
}): boolean {
  return [row.baselineValue, row.baselineDate, row.baselineNote, row.targetValue, row.targetDate].some(
    (v) => v !== null && v !== "",
  );
}

export interface AdoptionPlan {
  questions: {
    add: Array<{ key: string; text: string }>;
    reword: Array<{ id: string; text: string }>;
    remove: Array<{ id: string; text: string }>;
    /** Dropped by the network but still carrying the member's criteria: kept, as the member's own. */
    unlink: Array<{ id: string; text: string }>;
  };
  criteria: {
    add: Array<{ key: string; questionKey: string; kind: CriterionKind; label: string }>;
    /** Renamed, retyped or moved by the network. */
    update: Array<{ id: string; questionKey: string; kind: CriterionKind; label: string }>;
    remove: Array<{ id: string; label: string }>;
    unlink: Array<{ id: string; label: string }>;
  };
  indicators: {
    add: Array<NetworkFrameworkIndicator & { criterionKey: string }>;
    /** The member already had the definition as its own: it joins the shared framework, figures kept. */
    link: Array<NetworkFrameworkIndicator & { id: string; criterionKey: string; fromVersion: number }>;
    /** Pinned at another version or placed under another criterion by the network. */
    update: Array<NetworkFrameworkIndicator & { id: string; criterionKey: string; fromVersion: number }>;
    remove: Array<{ id: string; code: string }>;
    /** Dropped by the network but carrying a baseline or target: kept, as the member's own. */
    unlink: Array<{ id: string; code: string }>;
  };
  /** Definitions of this version the evaluation follows through another network framework. */
  conflicts: Array<{ code: string; networkFrameworkId: string }>;
}

/**
 * How to bring an evaluation to a version of a network framework, first adoption or update:
 * what to add, re-pin, move, reword, and what the network dropped — removed, unless the member
 * hung its own work on it (figures, its own criteria or indicators), then kept as its own.
 */
export function planNetworkAdoption(
  networkFrameworkId: string,
  content: NetworkFrameworkContent,
  evaluation: AdoptingEvaluation,
): AdoptionPlan {
  const ours = <T extends { origin: NetworkOriginRef | null }>(item: T) =>
    item.origin?.networkFrameworkId === networkFrameworkId;
  const byKey = <T extends { origin: NetworkOriginRef | null }>(items: ReadonlyArray<T>) =>
    new Map(items.filter(ours).map((item) => [item.origin?.sourceKey ?? "", item]));
  const questionsByKey = byKey(evaluation.questions);
  const criteriaByKey = byKey(evaluation.criteria);
  const criterionKeyOf = new Map(
    evaluation.criteria.filter(ours).map((c) => [c.id, c.origin?.sourceKey ?? ""] as const),
  );
  const plan: AdoptionPlan = {
    questions: { add: [], reword: [], remove: [], unlink: [] },
    criteria: { add: [], update: [], remove: [], unlink: [] },
    indicators: { add: [], link: [], update: [], remove: [], unlink: [] },
    conflicts: [],
  };

  const wantedQuestions = new Set<string>();
  const wantedCriteria = new Set<string>();
  const wantedDefinitions = new Set<string>();
  for (const question of content.questions) {
    wantedQuestions.add(question.key);
    const existing = questionsByKey.get(question.key);
    if (!existing) plan.questions.add.push({ key: question.key, text: question.text });
    else if (existing.text !== question.text)
      plan.questions.reword.push({ id: existing.id, text: question.text });
    for (const criterion of question.criteria) {
      wantedCriteria.add(criterion.key);
      const current = criteriaByKey.get(criterion.key);
      const target = { questionKey: question.key, kind: criterion.kind, label: criterion.label };
      if (!current) plan.criteria.add.push({ key: criterion.key, ...target });
      else {
        const currentQuestionKey = evaluation.questions.find((q) => q.id === current.questionId)?.origin;
        const moved =
          currentQuestionKey?.networkFrameworkId !== networkFrameworkId ||
          currentQuestionKey.sourceKey !== question.key;
        if (moved || current.kind !== criterion.kind || current.label !== criterion.label)
          plan.criteria.update.push({ id: current.id, ...target });
      }
      for (const indicator of criterion.indicators) {
        wantedDefinitions.add(indicator.definitionId);
        const held = evaluation.indicators.find((i) => i.definitionId === indicator.definitionId);
        if (!held) {
          plan.indicators.add.push({ ...indicator, criterionKey: criterion.key });
        } else if (held.origin && !ours(held)) {
          plan.conflicts.push({ code: held.code, networkFrameworkId: held.origin.networkFrameworkId });
        } else if (!held.origin) {
          plan.indicators.link.push({
            ...indicator,
            id: held.id,
            criterionKey: criterion.key,
            fromVersion: held.version,
          });
        } else if (
          held.indicatorVersionId !== indicator.indicatorVersionId ||
          (held.criterionId === null ? undefined : criterionKeyOf.get(held.criterionId)) !== criterion.key
        ) {
          plan.indicators.update.push({
            ...indicator,
            id: held.id,
            criterionKey: criterion.key,
            fromVersion: held.version,
          });
        }
      }
    }
  }

  // What the network dropped. An indicator stays where it is when kept; a criterion is kept when
  // an indicator that stays sits under it; a question when a criterion that stays hangs under it.
  const keptIndicators = evaluation.indicators.filter(
    (i) => !ours(i) || wantedDefinitions.has(i.definitionId) || i.hasFigures,
  );
  for (const indicator of evaluation.indicators.filter(
    (i) => ours(i) && !wantedDefinitions.has(i.definitionId),
  ))
    (indicator.hasFigures ? plan.indicators.unlink : plan.indicators.remove).push({
      id: indicator.id,
      code: indicator.code,
    });
  const movingAway = new Set([...plan.indicators.update, ...plan.indicators.link].map((i) => i.id));
  const keptCriteria = evaluation.criteria.filter(
    (c) => !ours(c) || wantedCriteria.has(c.origin?.sourceKey ?? ""),
  );
  for (const criterion of evaluation.criteria.filter(
    (c) => ours(c) && !wantedCriteria.has(c.origin?.sourceKey ?? ""),
  )) {
    const carries = keptIndicators.some((i) => i.criterionId === criterion.id && !movingAway.has(i.id));
    if (carries) keptCriteria.push(criterion);
    (carries ? plan.criteria.unlink : plan.criteria.remove).push({
      id: criterion.id,
      label: criterion.label,
    });
  }
  const movingCriteria = new Set(plan.criteria.update.map((c) => c.id));
  for (const question of evaluation.questions.filter(
    (q) => ours(q) && !wantedQuestions.has(q.origin?.sourceKey ?? ""),
  )) {
    const carries = keptCriteria.some((c) => c.questionId === question.id && !movingCriteria.has(c.id));
    (carries ? plan.questions.unlink : plan.questions.remove).push({ id: question.id, text: question.text });
  }
  return plan;
}

/** Whether applying the plan would change nothing (the evaluation already follows the version). */
export function isEmptyAdoptionPlan(plan: AdoptionPlan): boolean {
  return [
    ...Object.values(plan.questions),
    ...Object.values(plan.criteria),
    ...Object.values(plan.indicators),
    plan.conflicts,
  ].every((list) => list.length === 0);
}
