import {
  type Db,
  evaluationQuestions,
  frameworkCriteria,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
} from "@ricochet/db";
import {
  analyseFrameworkCoverage,
  type Bilingual,
  type CriterionKind,
  type IndicatorContent,
  type TocNodeType,
  upgradeAvailable,
} from "@ricochet/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { loadViewer, visibleTo } from "../indicators/indicator-visibility.ts";
import { loadTheoryOfChange } from "../theory-of-change/load-theory-of-change.ts";

/** One indicator of the framework: what the pinned version says, and the evaluation's own figures. */
export interface FrameworkIndicatorView {
  id: string;
  criterionId: string | null;
  /** The library definition (what addFrameworkIndicator takes). */
  indicatorId: string;
  code: string;
  name: Bilingual;
  type: string;
  unit: Bilingual;
  pinnedVersion: number;
  /** The definition's newest version the organisation may see (the pinned one when it no longer sees it). */
  currentVersion: number;
  upgradeAvailable: boolean;
  /** Why the newest version was made, when it is offered as an upgrade. */
  changeNote: string | null;
  baselineValue: string | null;
  baselineDate: string | null;
  baselineNote: string | null;
  targetValue: string | null;
  targetDate: string | null;
  outcomeNodeIds: string[];
}

export interface FrameworkCriterionView {
  id: string;
  questionId: string;
  kind: CriterionKind;
  label: string;
  indicators: FrameworkIndicatorView[];
}

export interface FrameworkQuestionView {
  id: string;
  text: string;
  criteria: FrameworkCriterionView[];
}

export interface FrameworkCoverageView {
  outcomesWithoutIndicator: Array<{ nodeId: string; type: TocNodeType; label: string }>;
  indicatorsMeasuringNothing: string[];
  /** `label` is null when the node was removed from the graph, set when it changed type. */
  danglingLinks: Array<{ frameworkIndicatorId: string; nodeId: string; label: string | null }>;
}

export interface FrameworkView {
  questions: FrameworkQuestionView[];
  /** Indicators chosen but not placed under a criterion yet (or whose criterion was deleted). */
  unplaced: FrameworkIndicatorView[];
  coverage: FrameworkCoverageView;
}

const newest = alias(indicatorVersions, "newest_version");

/** The framework indicators of an evaluation with their pinned version, in their order. */
async function loadFrameworkIndicators(
  db: Db,
  organisationId: string,
  evaluationId: string,
): Promise<FrameworkIndicatorView[]> {
  const viewer = await loadViewer(db, organisationId);
  const rows = await db
    .select({
      row: frameworkIndicators,
      pinned: indicatorVersions,
      code: indicatorDefinitions.code,
      currentVersion: indicatorDefinitions.currentVersion,
      newestChangeNote: newest.changeNote,
      visible: sql<boolean>`coalesce(${visibleTo(viewer)}, false)`,
    })
    .from(frameworkIndicators)
    .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
    .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorVersions.definitionId))
    .leftJoin(
      newest,
      and(
        eq(newest.definitionId, indicatorDefinitions.id),
        eq(newest.version, indicatorDefinitions.currentVersion),
      ),
    )
    .where(eq(frameworkIndicators.evaluationId, evaluationId))
    .orderBy(asc(frameworkIndicators.position), asc(frameworkIndicators.createdAt));
  return rows.map(({ row, pinned, code, currentVersion, newestChangeNote, visible }) => {
    // A definition its owner has since stopped sharing keeps its pinned version here, but its
    // newer versions (and their notes) are no longer this organisation's to see.
    const current = visible ? currentVersion : pinned.version;
    const canUpgrade = upgradeAvailable(pinned.version, current);
    // Versions are validated against the indicator contract before they are written.
    const content = pinned.content as Omit<IndicatorContent, "code">;
    return {
      id: row.id,
      criterionId: row.criterionId,
      indicatorId: pinned.definitionId,
      code,
      name: { fr: pinned.nameFr, en: pinned.nameEn },
      type: pinned.type,
      unit: content.unit,
      pinnedVersion: pinned.version,
      currentVersion: current,
      upgradeAvailable: canUpgrade,
      changeNote: canUpgrade ? newestChangeNote : null,
      baselineValue: row.baselineValue,
      baselineDate: row.baselineDate,
      baselineNote: row.baselineNote,
      targetValue: row.targetValue,
      targetDate: row.targetDate,
      outcomeNodeIds: row.outcomeNodeIds,
    };
  });
}

/** Questions → criteria → indicators, the indicators not yet placed, and the coverage of the theory of change. */
export async function loadFramework(
  db: Db,
  organisationId: string,
  evaluationId: string,
): Promise<FrameworkView> {
  const questions = await db
    .select({ id: evaluationQuestions.id, text: evaluationQuestions.text })
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.evaluationId, evaluationId))
    .orderBy(asc(evaluationQuestions.position));
  const criteria = await db
    .select()
    .from(frameworkCriteria)
    .where(eq(frameworkCriteria.evaluationId, evaluationId))
    .orderBy(asc(frameworkCriteria.position), asc(frameworkCriteria.createdAt));
  const indicators = await loadFrameworkIndicators(db, organisationId, evaluationId);
  const criterionIds = new Set(criteria.map((c) => c.id));
  const { graph } = await loadTheoryOfChange(db, evaluationId);
  const coverage = analyseFrameworkCoverage({ nodes: graph.nodes, frameworkIndicators: indicators });
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    questions: questions.map((question) => ({
      ...question,
      criteria: criteria
        .filter((c) => c.questionId === question.id)
        .map((c) => ({
          id: c.id,
          questionId: c.questionId,
          kind: c.kind,
          label: c.label,
          indicators: indicators.filter((i) => i.criterionId === c.id),
        })),
    })),
    unplaced: indicators.filter((i) => i.criterionId === null || !criterionIds.has(i.criterionId)),
    coverage: {
      outcomesWithoutIndicator: coverage.outcomesWithoutIndicator.flatMap((nodeId) => {
        const node = nodeById.get(nodeId);
        return node ? [{ nodeId, type: node.type, label: node.label }] : [];
      }),
      indicatorsMeasuringNothing: coverage.indicatorsMeasuringNothing,
      danglingLinks: coverage.danglingLinks.map((link) => ({
        ...link,
        label: nodeById.get(link.nodeId)?.label ?? null,
      })),
    },
  };
}
