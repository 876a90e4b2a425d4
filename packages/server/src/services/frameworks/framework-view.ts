import {
  type Db,
  evaluationQuestions,
  frameworkAdoptions,
  frameworkCriteria,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
  networkFrameworks,
  networkFrameworkVersions,
  organisations,
} from "@ricochet/db";
import {
  analyseFrameworkCoverage,
  type Bilingual,
  type CriterionKind,
  type IndicatorContent,
  type TocNodeType,
  upgradeAvailable,
} from "@ricochet/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type IndicatorViewer, loadViewer, visibleTo } from "../indicators/indicator-visibility.ts";
import { loadTheoryOfChange } from "../theory-of-change/load-theory-of-change.ts";

/**
 * The network framework an item was copied from: it is shared by every member that adopted it,
 * so the member cannot remove, move, rename or individually upgrade it. Null for own items.
 */
export interface NetworkOriginView {
  networkFrameworkId: string;
  frameworkName: string;
  /** The publishing network or regional body. */
  networkName: string;
}

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
  origin: NetworkOriginView | null;
}

export interface FrameworkCriterionView {
  id: string;
  questionId: string;
  kind: CriterionKind;
  label: string;
  origin: NetworkOriginView | null;
  indicators: FrameworkIndicatorView[];
}

export interface FrameworkQuestionView {
  id: string;
  text: string;
  origin: NetworkOriginView | null;
  criteria: FrameworkCriterionView[];
}

/** A network framework the evaluation follows, and whether the network published a newer version. */
export interface FrameworkAdoptionView {
  networkFrameworkId: string;
  name: string;
  /** The publishing network or regional body. */
  network: string;
  adoptedVersion: number;
  currentVersion: number;
  /** A newer version exists and the organisation is still a member of the network. */
  updateAvailable: boolean;
  /** Why the newest version was made, when it is offered. */
  changeNote: string | null;
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
  adoptions: FrameworkAdoptionView[];
}

const newest = alias(indicatorVersions, "newest_version");

type OriginOf = (networkFrameworkId: string | null) => NetworkOriginView | null;

/** The names behind the network origins of an evaluation's items. */
async function loadOrigins(db: Db, networkFrameworkIds: ReadonlyArray<string | null>): Promise<OriginOf> {
  const ids = [...new Set(networkFrameworkIds.filter((id): id is string => id !== null))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            networkFrameworkId: networkFrameworks.id,
            frameworkName: networkFrameworks.name,
            networkName: organisations.name,
          })
          .from(networkFrameworks)
          .innerJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
          .where(inArray(networkFrameworks.id, ids));
  const byId = new Map(rows.map((row) => [row.networkFrameworkId, row]));
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

/** The network frameworks the evaluation follows, with the version it is at. */
async function loadAdoptions(
  db: Db,
  viewer: IndicatorViewer,
  evaluationId: string,
): Promise<FrameworkAdoptionView[]> {
  const rows = await db
    .select({
      networkFrameworkId: networkFrameworks.id,
      name: networkFrameworks.name,
      network: organisations.name,
      publisherId: networkFrameworks.organisationId,
      adoptedVersion: frameworkAdoptions.version,
      currentVersion: networkFrameworks.currentVersion,
      changeNote: networkFrameworkVersions.changeNote,
    })
    .from(frameworkAdoptions)
    .innerJoin(networkFrameworks, eq(networkFrameworks.id, frameworkAdoptions.networkFrameworkId))
    .innerJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
    .leftJoin(
      networkFrameworkVersions,
      and(
        eq(networkFrameworkVersions.networkFrameworkId, networkFrameworks.id),
        eq(networkFrameworkVersions.version, networkFrameworks.currentVersion),
      ),
    )
    .where(eq(frameworkAdoptions.evaluationId, evaluationId))
    .orderBy(asc(frameworkAdoptions.adoptedAt), asc(networkFrameworks.name));
  return rows.map(({ publisherId, changeNote, ...row }) => {
    // An organisation moved out of the network keeps what it adopted but is offered nothing new.
    const updateAvailable =
      row.currentVersion > row.adoptedVersion && viewer.ancestorIds.includes(publisherId);
    return { ...row, updateAvailable, changeNote: updateAvailable ? changeNote : null };
  });
}

/** The framework indicators of an evaluation with their pinned version, in their order. */
async function loadFrameworkIndicators(
  db: Db,
  viewer: IndicatorViewer,
  evaluationId: string,
): Promise<Array<Omit<FrameworkIndicatorView, "origin"> & { networkFrameworkId: string | null }>> {
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
    // A network framework's indicator moves with the network's next version, never alone.
    const canUpgrade = row.networkFrameworkId === null && upgradeAvailable(pinned.version, current);
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
      networkFrameworkId: row.networkFrameworkId,
    };
  });
}

/** Questions → criteria → indicators, the indicators not yet placed, and the coverage of the theory of change. */
export async function loadFramework(
  db: Db,
  organisationId: string,
  evaluationId: string,
): Promise<FrameworkView> {
  const viewer = await loadViewer(db, organisationId);
  const questions = await db
    .select({
      id: evaluationQuestions.id,
      text: evaluationQuestions.text,
      networkFrameworkId: evaluationQuestions.networkFrameworkId,
    })
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.evaluationId, evaluationId))
    .orderBy(asc(evaluationQuestions.position));
  const criteria = await db
    .select()
    .from(frameworkCriteria)
    .where(eq(frameworkCriteria.evaluationId, evaluationId))
    .orderBy(asc(frameworkCriteria.position), asc(frameworkCriteria.createdAt));
  const adoptions = await loadAdoptions(db, viewer, evaluationId);
  const rows = await loadFrameworkIndicators(db, viewer, evaluationId);
  const originOf = await loadOrigins(db, [
    ...questions.map((q) => q.networkFrameworkId),
    ...criteria.map((c) => c.networkFrameworkId),
    ...rows.map((i) => i.networkFrameworkId),
  ]);
  const indicators: FrameworkIndicatorView[] = rows.map(({ networkFrameworkId, ...indicator }) => ({
    ...indicator,
    origin: originOf(networkFrameworkId),
  }));
  const criterionIds = new Set(criteria.map((c) => c.id));
  const { graph } = await loadTheoryOfChange(db, evaluationId);
  const coverage = analyseFrameworkCoverage({ nodes: graph.nodes, frameworkIndicators: indicators });
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    questions: questions.map(({ networkFrameworkId, ...question }) => ({
      ...question,
      origin: originOf(networkFrameworkId),
      criteria: criteria
        .filter((c) => c.questionId === question.id)
        .map((c) => ({
          id: c.id,
          questionId: c.questionId,
          kind: c.kind,
          label: c.label,
          origin: originOf(c.networkFrameworkId),
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
    adoptions,
  };
}
