import {
  type Db,
  evaluationQuestions,
  frameworkCriteria,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
} from "@ricochet/db";
import { AppError, isMeasurableNodeType } from "@ricochet/domain";
import { and, eq, max } from "drizzle-orm";
import { loadTheoryOfChange } from "../theory-of-change/load-theory-of-change.ts";

// Loaders of the items a framework write touches, always scoped to *this* evaluation: an id of
// another evaluation (even of the same organisation) is not found.

export async function loadQuestion(tx: Db, evaluationId: string, questionId: string) {
  const [row] = await tx
    .select()
    .from(evaluationQuestions)
    .where(and(eq(evaluationQuestions.id, questionId), eq(evaluationQuestions.evaluationId, evaluationId)));
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: questionId });
  return row;
}

export async function loadCriterion(tx: Db, evaluationId: string, criterionId: string) {
  const [row] = await tx
    .select()
    .from(frameworkCriteria)
    .where(and(eq(frameworkCriteria.id, criterionId), eq(frameworkCriteria.evaluationId, evaluationId)));
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: criterionId });
  return row;
}

/** A framework indicator with the definition and version it pins. */
export async function loadFrameworkIndicator(tx: Db, evaluationId: string, frameworkIndicatorId: string) {
  const [row] = await tx
    .select({
      row: frameworkIndicators,
      definitionId: indicatorVersions.definitionId,
      version: indicatorVersions.version,
      code: indicatorDefinitions.code,
    })
    .from(frameworkIndicators)
    .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
    .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorVersions.definitionId))
    .where(
      and(
        eq(frameworkIndicators.id, frameworkIndicatorId),
        eq(frameworkIndicators.evaluationId, evaluationId),
      ),
    );
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: frameworkIndicatorId });
  return row;
}

/** Criteria are ordered within their question. */
export async function nextCriterionPosition(tx: Db, questionId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(frameworkCriteria.position) })
    .from(frameworkCriteria)
    .where(eq(frameworkCriteria.questionId, questionId));
  return (row?.last ?? -1) + 1;
}

export async function nextIndicatorPosition(tx: Db, evaluationId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(frameworkIndicators.position) })
    .from(frameworkIndicators)
    .where(eq(frameworkIndicators.evaluationId, evaluationId));
  return (row?.last ?? -1) + 1;
}

/**
 * Every id must be an outcome or impact node of the evaluation's theory of change. Links the
 * indicator already had are let through: the graph is edited separately and may have dropped
 * them since, which the coverage reports; refusing an unrelated edit for it would block the user.
 */
export async function assertMeasurableNodes(
  tx: Db,
  evaluationId: string,
  nodeIds: readonly string[],
  alreadyLinked: readonly string[] = [],
): Promise<void> {
  const added = nodeIds.filter((id) => !alreadyLinked.includes(id));
  if (added.length === 0) return;
  const { graph } = await loadTheoryOfChange(tx, evaluationId);
  for (const id of added) {
    const node = graph.nodes.find((n) => n.id === id);
    if (!node || !isMeasurableNodeType(node.type)) {
      throw new AppError("TOC_NODE_NOT_OUTCOME", { node: node?.label ?? id });
    }
  }
}
