import {
  type Db,
  evaluationQuestions,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
} from "@ricochet/db";
import {
  type CidsDocument,
  EVALUATION_PURPOSES,
  type ImpactModelSnapshot,
  INVOLVEMENT_LEVELS,
  isMeasurableNodeType,
  STAKEHOLDER_CATEGORIES,
  slugify,
  toCids,
  ZIndicatorContent,
} from "@ricochet/domain";
import { asc, eq } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation, type EvaluationRow } from "../evaluations/evaluation-access.ts";
import { loadTheoryOfChange } from "../theory-of-change/load-theory-of-change.ts";
import { loadValueChain } from "../value-chain/value-chain-view.ts";

export interface CidsExportFile {
  document: CidsDocument;
  body: string;
  fileName: string;
  contentType: string;
}

/** A value of a closed list, or the list's catch-all: old rows must not break an export. */
function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Blank texts are absent: the snapshot says null, whatever the editor stored. */
const orNull = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === "" ? null : value;

/**
 * Reads an evaluation's impact model: scope, stakeholders and value chain, working theory of
 * change, and the framework's indicators with the version each pins. Comments on the graph and
 * the steering committee (names of people) are not part of it.
 */
export async function loadImpactModelSnapshot(
  db: Db,
  organisation: { id: string; name: string },
  evaluation: EvaluationRow,
): Promise<ImpactModelSnapshot> {
  const questions = await db
    .select({ text: evaluationQuestions.text })
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.evaluationId, evaluation.id))
    .orderBy(asc(evaluationQuestions.position));
  const chain = await loadValueChain(db, evaluation.id);
  const { graph } = await loadTheoryOfChange(db, evaluation.id);
  const pinned = await db
    .select({
      row: frameworkIndicators,
      code: indicatorDefinitions.code,
      content: indicatorVersions.content,
    })
    .from(frameworkIndicators)
    .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
    .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorVersions.definitionId))
    .where(eq(frameworkIndicators.evaluationId, evaluation.id))
    .orderBy(asc(frameworkIndicators.position), asc(frameworkIndicators.createdAt));

  // Links to outcomes the graph has since dropped are left out, and the rest put in graph order:
  // the file says what the model is now, the same way each time.
  const measurable = graph.nodes.filter((n) => isMeasurableNodeType(n.type)).map((n) => n.id);

  return {
    organisation: { id: organisation.id, name: organisation.name },
    evaluation: {
      id: evaluation.id,
      title: evaluation.title,
      subject: orNull(evaluation.subject),
      subjectKind: evaluation.subjectKind,
      purposes: EVALUATION_PURPOSES.filter((p) => evaluation.purposes.includes(p)),
      audiences: evaluation.audiences,
      periodStart: evaluation.periodStart,
      periodEnd: evaluation.periodEnd,
      territory: orNull(evaluation.territory),
      questions: questions.map((q) => q.text),
    },
    stakeholders: chain.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      category: oneOf(STAKEHOLDER_CATEGORIES, s.category, "other"),
      estimatedSize: s.estimatedSize,
      involvement: oneOf(INVOLVEMENT_LEVELS, s.involvement, "consulted"),
      expectedChanges: orNull(s.expectedChanges),
    })),
    activities: chain.activities.map((a) => ({ id: a.id, name: a.name, description: orNull(a.description) })),
    contributions: chain.contributions.map((c) => ({
      id: c.id,
      stakeholderId: c.stakeholderId,
      activityId: c.activityId,
      kind: c.kind,
      amount: c.amount,
      hours: c.hours,
      hourlyValue: c.hourlyValue,
      description: orNull(c.description),
      valueSource: orNull(c.valueSource),
    })),
    theoryOfChange: {
      nodes: graph.nodes.map((n) => ({
        id: n.id,
        type: n.type,
        label: n.label,
        description: orNull(n.description),
        stakeholderIds: n.stakeholderIds,
        position: n.position ?? null,
      })),
      edges: graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        assumption: orNull(e.assumption),
        evidence: e.evidence,
        feedbackLoop: e.feedbackLoop,
      })),
    },
    indicators: pinned.map(({ row, code, content }) => {
      // The version's content was validated when written; a row that no longer reads is a bug.
      const { name, definition, unit, type, ...details } = ZIndicatorContent.parse({ ...content, code });
      return {
        code,
        name,
        definition,
        unit,
        type,
        details: { ...details },
        outcomeNodeIds: measurable.filter((id) => row.outcomeNodeIds.includes(id)),
        baseline: { value: row.baselineValue, date: row.baselineDate, note: orNull(row.baselineNote) },
        target: { value: row.targetValue, date: row.targetDate },
      };
    }),
  };
}

/**
 * The evaluation's impact model as a CIDS JSON-LD file (Common Impact Data Standard), for a
 * funder's or a network's tool. A read: anyone who may read the evaluation may export it.
 */
export async function exportEvaluationCids(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<CidsExportFile> {
  const { organisation, evaluation } = await authorizeEvaluation(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    "evaluation.read",
  );
  const snapshot = await loadImpactModelSnapshot(ctx.db, organisation, evaluation);
  const document = toCids(snapshot);
  return {
    document,
    body: `${JSON.stringify(document, null, 2)}\n`,
    fileName: `${slugify(evaluation.title) || "evaluation"}.cids.jsonld`,
    contentType: "application/ld+json; charset=utf-8",
  };
}
