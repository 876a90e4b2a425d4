import { frameworkIndicators } from "@ricochet/db";
import { AppError, frameworkIndicatorLockViolation, upgradeAvailable } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { loadVisibleIndicator } from "../indicators/load-visible-indicator.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { loadFrameworkIndicator } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Pins the definition's current version in place of the older one. Baseline, target and links
 * stay: the team decides whether the new definition still fits them. An indicator of a network
 * framework moves only with the network's next version, so that members stay comparable.
 */
export async function upgradeFrameworkIndicator(
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
    const pinned = await loadFrameworkIndicator(tx, evaluationId, frameworkIndicatorId);
    await assertNetworkItemUnlocked(
      tx,
      { networkFrameworkId: pinned.row.networkFrameworkId, label: pinned.code },
      frameworkIndicatorLockViolation(pinned.row, "upgrade"),
    );
    // Only a version the organisation may still see: a definition no longer shared stays pinned.
    const indicator = await loadVisibleIndicator(tx, organisationId, pinned.definitionId);
    if (!upgradeAvailable(pinned.version, indicator.currentVersion)) {
      throw new AppError("FRAMEWORK_INDICATOR_UP_TO_DATE", { code: pinned.code, version: pinned.version });
    }
    await tx
      .update(frameworkIndicators)
      .set({ indicatorVersionId: indicator.versionId })
      .where(eq(frameworkIndicators.id, frameworkIndicatorId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.indicator_upgraded",
      targetType: "framework_indicator",
      targetId: frameworkIndicatorId,
      summary: {
        evaluation: evaluation.title,
        code: pinned.code,
        from: pinned.version,
        to: indicator.currentVersion,
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
