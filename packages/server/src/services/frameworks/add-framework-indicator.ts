import { frameworkIndicators, indicatorVersions } from "@ricochet/db";
import {
  AppError,
  parseInput,
  type TFrameworkIndicatorInput,
  ZFrameworkIndicatorInput,
} from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { loadVisibleIndicator } from "../indicators/load-visible-indicator.ts";
import { newId } from "../new-id.ts";
import { assertMeasurableNodes, loadCriterion, nextIndicatorPosition } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Adds an indicator of the library the organisation sees to the framework, pinning its current
 * version: later changes to the definition reach the evaluation only when it upgrades.
 */
export async function addFrameworkIndicator(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TFrameworkIndicatorInput,
): Promise<FrameworkView> {
  const data = parseInput(ZFrameworkIndicatorInput, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const indicator = await loadVisibleIndicator(tx, organisationId, data.indicatorId);
    // One definition once per evaluation, whatever version: two baselines and targets for the
    // same measure would contradict each other.
    const [already] = await tx
      .select({ id: frameworkIndicators.id })
      .from(frameworkIndicators)
      .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
      .where(
        and(
          eq(frameworkIndicators.evaluationId, evaluationId),
          eq(indicatorVersions.definitionId, indicator.id),
        ),
      )
      .limit(1);
    if (already) throw new AppError("FRAMEWORK_INDICATOR_EXISTS", { code: indicator.code });
    const criterion = data.criterionId ? await loadCriterion(tx, evaluationId, data.criterionId) : null;
    await assertMeasurableNodes(tx, evaluationId, data.outcomeNodeIds);
    const id = newId();
    await tx.insert(frameworkIndicators).values({
      id,
      evaluationId,
      organisationId,
      criterionId: criterion?.id ?? null,
      indicatorVersionId: indicator.versionId,
      baselineValue: data.baselineValue,
      baselineDate: data.baselineDate,
      baselineNote: data.baselineNote,
      targetValue: data.targetValue,
      targetDate: data.targetDate,
      outcomeNodeIds: data.outcomeNodeIds,
      position: await nextIndicatorPosition(tx, evaluationId),
    });
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.indicator_added",
      targetType: "framework_indicator",
      targetId: id,
      summary: {
        evaluation: evaluation.title,
        code: indicator.code,
        version: indicator.currentVersion,
        criterion: criterion?.label ?? null,
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
