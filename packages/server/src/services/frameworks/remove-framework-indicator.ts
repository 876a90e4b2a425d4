import { frameworkIndicators } from "@ricochet/db";
import { frameworkIndicatorLockViolation } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { loadFrameworkIndicator } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Takes an indicator out of the framework; the library definition is untouched. One shared by a
 * network framework stays (the network removes it in a new version).
 */
export async function removeFrameworkIndicator(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  frameworkIndicatorId: string,
): Promise<FrameworkView> {
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const current = await loadFrameworkIndicator(tx, evaluationId, frameworkIndicatorId);
    await assertNetworkItemUnlocked(
      tx,
      { networkFrameworkId: current.row.networkFrameworkId, label: current.code },
      frameworkIndicatorLockViolation(current.row, "remove"),
    );
    await tx.delete(frameworkIndicators).where(eq(frameworkIndicators.id, frameworkIndicatorId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.indicator_removed",
      targetType: "framework_indicator",
      targetId: frameworkIndicatorId,
      // The figures go with the row: the audit keeps them so a removal can be undone by hand.
      summary: {
        evaluation: evaluation.title,
        code: current.code,
        version: current.version,
        baselineValue: current.row.baselineValue,
        targetValue: current.row.targetValue,
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
