import { frameworkIndicators } from "@ricochet/db";
import {
  frameworkIndicatorLockViolation,
  parseInput,
  type TFrameworkIndicatorUpdate,
  ZFrameworkIndicatorUpdate,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { assertMeasurableNodes, loadCriterion, loadFrameworkIndicator } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Replaces what the evaluation says about one of its indicators: criterion, baseline, target
 * and measured outcomes. The pinned version changes only through an upgrade. An indicator of a
 * network framework keeps its criterion; its figures and outcome links are the member's own.
 */
export async function updateFrameworkIndicator(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  frameworkIndicatorId: string,
  input: TFrameworkIndicatorUpdate,
): Promise<FrameworkView> {
  const data = parseInput(ZFrameworkIndicatorUpdate, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const current = await loadFrameworkIndicator(tx, evaluationId, frameworkIndicatorId);
    const criterion = data.criterionId ? await loadCriterion(tx, evaluationId, data.criterionId) : null;
    await assertNetworkItemUnlocked(
      tx,
      { networkFrameworkId: current.row.networkFrameworkId, label: current.code },
      frameworkIndicatorLockViolation(current.row, { criterionId: criterion?.id ?? null }),
    );
    await assertMeasurableNodes(tx, evaluationId, data.outcomeNodeIds, current.row.outcomeNodeIds);
    await tx
      .update(frameworkIndicators)
      .set({
        criterionId: criterion?.id ?? null,
        baselineValue: data.baselineValue,
        baselineDate: data.baselineDate,
        baselineNote: data.baselineNote,
        targetValue: data.targetValue,
        targetDate: data.targetDate,
        outcomeNodeIds: data.outcomeNodeIds,
      })
      .where(eq(frameworkIndicators.id, frameworkIndicatorId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.indicator_updated",
      targetType: "framework_indicator",
      targetId: frameworkIndicatorId,
      summary: {
        evaluation: evaluation.title,
        code: current.code,
        criterion: criterion?.label ?? null,
        baselineValue: data.baselineValue,
        targetValue: data.targetValue,
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
