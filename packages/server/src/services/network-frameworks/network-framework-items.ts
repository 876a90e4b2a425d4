import {
  type Db,
  evaluationQuestions,
  frameworkCriteria,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
  networkFrameworks,
  networkFrameworkVersions,
  organisations,
} from "@ricochet/db";
import {
  type AdoptingEvaluation,
  AppError,
  carriesFigures,
  type IndicatorScope,
  type NetworkFrameworkContent,
  type NetworkFrameworkSource,
  type NetworkOriginRef,
  ZNetworkFrameworkContent,
} from "@ricochet/domain";
import { and, asc, eq } from "drizzle-orm";

export type NetworkFrameworkRow = typeof networkFrameworks.$inferSelect;

/** A network framework with its publisher (name and place in the tree), or 404. */
export async function loadNetworkFramework(tx: Db, networkFrameworkId: string) {
  const [row] = await tx
    .select({
      framework: networkFrameworks,
      publisher: { id: organisations.id, name: organisations.name, path: organisations.path },
    })
    .from(networkFrameworks)
    .innerJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
    .where(eq(networkFrameworks.id, networkFrameworkId));
  if (!row) throw new AppError("NETWORK_FRAMEWORK_NOT_FOUND");
  return row;
}

/** One of the organisation's own network frameworks, locked for its next version; another's is not found. */
export async function loadOwnNetworkFramework(
  tx: Db,
  organisationId: string,
  networkFrameworkId: string,
): Promise<NetworkFrameworkRow> {
  const [row] = await tx
    .select()
    .from(networkFrameworks)
    .where(
      and(eq(networkFrameworks.id, networkFrameworkId), eq(networkFrameworks.organisationId, organisationId)),
    )
    .for("update");
  if (!row) throw new AppError("NETWORK_FRAMEWORK_NOT_FOUND");
  return row;
}

/** The content of one published version (validated: it was written by the domain's snapshot). */
export async function loadVersionContent(
  tx: Db,
  networkFrameworkId: string,
  version: number,
): Promise<{ content: NetworkFrameworkContent; changeNote: string | null }> {
  const [row] = await tx
    .select({ content: networkFrameworkVersions.content, changeNote: networkFrameworkVersions.changeNote })
    .from(networkFrameworkVersions)
    .where(
      and(
        eq(networkFrameworkVersions.networkFrameworkId, networkFrameworkId),
        eq(networkFrameworkVersions.version, version),
      ),
    );
  if (!row) throw new Error(`network framework ${networkFrameworkId} has no version ${version}`);
  return { content: ZNetworkFrameworkContent.parse(row.content), changeNote: row.changeNote };
}

/** The pinned indicators of an evaluation with their definition's code, scope and owner. */
async function pinnedIndicators(tx: Db, evaluationId: string) {
  return tx
    .select({
      row: frameworkIndicators,
      definitionId: indicatorVersions.definitionId,
      version: indicatorVersions.version,
      code: indicatorDefinitions.code,
      scope: indicatorDefinitions.scope,
      ownerId: indicatorDefinitions.organisationId,
    })
    .from(frameworkIndicators)
    .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
    .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorVersions.definitionId))
    .where(eq(frameworkIndicators.evaluationId, evaluationId))
    .orderBy(asc(frameworkIndicators.position), asc(frameworkIndicators.createdAt));
}

async function questionsAndCriteria(tx: Db, evaluationId: string) {
  const questions = await tx
    .select()
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.evaluationId, evaluationId))
    .orderBy(asc(evaluationQuestions.position));
  const criteria = await tx
    .select()
    .from(frameworkCriteria)
    .where(eq(frameworkCriteria.evaluationId, evaluationId))
    .orderBy(asc(frameworkCriteria.position), asc(frameworkCriteria.createdAt));
  return { questions, criteria };
}

/** The publisher's evaluation as a snapshot reads it, with each definition's scope and owner. */
export interface FrameworkSource extends NetworkFrameworkSource {
  indicators: Array<
    NetworkFrameworkSource["indicators"][number] & { scope: IndicatorScope; organisationId: string | null }
  >;
}

export async function loadFrameworkSource(tx: Db, evaluationId: string): Promise<FrameworkSource> {
  const { questions, criteria } = await questionsAndCriteria(tx, evaluationId);
  const indicators = await pinnedIndicators(tx, evaluationId);
  return {
    questions,
    criteria,
    indicators: indicators.map((i) => ({
      criterionId: i.row.criterionId,
      definitionId: i.definitionId,
      indicatorVersionId: i.row.indicatorVersionId,
      code: i.code,
      version: i.version,
      scope: i.scope,
      organisationId: i.ownerId,
    })),
  };
}

const originOf = (row: {
  networkFrameworkId: string | null;
  sourceKey: string | null;
}): NetworkOriginRef | null =>
  row.networkFrameworkId
    ? { networkFrameworkId: row.networkFrameworkId, sourceKey: row.sourceKey ?? "" }
    : null;

/** A member's evaluation as an adoption reads it: every item with its origin. */
export async function loadAdoptingEvaluation(tx: Db, evaluationId: string): Promise<AdoptingEvaluation> {
  const { questions, criteria } = await questionsAndCriteria(tx, evaluationId);
  const indicators = await pinnedIndicators(tx, evaluationId);
  return {
    questions: questions.map((q) => ({ id: q.id, text: q.text, origin: originOf(q) })),
    criteria: criteria.map((c) => ({
      id: c.id,
      questionId: c.questionId,
      kind: c.kind,
      label: c.label,
      origin: originOf(c),
    })),
    indicators: indicators.map((i) => ({
      id: i.row.id,
      criterionId: i.row.criterionId,
      definitionId: i.definitionId,
      indicatorVersionId: i.row.indicatorVersionId,
      code: i.code,
      version: i.version,
      origin: originOf(i.row),
      hasFigures: carriesFigures(i.row),
    })),
  };
}
