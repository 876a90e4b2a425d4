import { frameworkCriteria, frameworkIndicators } from "@ricochet/db";
import { criterionLockViolation } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { loadCriterion } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Deletes a criterion. Its indicators stay in the framework, unplaced: their baselines and
 * targets are work the team would not want lost with a heading.
 */
export async function deleteCriterion(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  criterionId: string,
): Promise<FrameworkView> {
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const criterion = await loadCriterion(tx, evaluationId, criterionId);
    await assertNetworkItemUnlocked(tx, criterion, criterionLockViolation(criterion, null));
    // The foreign key would set them to null too; done here to count them for the audit.
    const unplaced = await tx
      .update(frameworkIndicators)
      .set({ criterionId: null })
      .where(eq(frameworkIndicators.criterionId, criterionId))
      .returning({ id: frameworkIndicators.id });
    await tx.delete(frameworkCriteria).where(eq(frameworkCriteria.id, criterionId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.criterion_deleted",
      targetType: "framework_criterion",
      targetId: criterionId,
      summary: {
        evaluation: evaluation.title,
        kind: criterion.kind,
        label: criterion.label,
        indicatorsUnplaced: unplaced.length,
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
