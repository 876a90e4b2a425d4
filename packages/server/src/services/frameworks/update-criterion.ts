import { frameworkCriteria } from "@ricochet/db";
import { criterionLockViolation, parseInput, type TCriterionInput, ZCriterionInput } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { loadCriterion, loadQuestion, nextCriterionPosition } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/**
 * Renames a criterion, changes its kind, or moves it (with its indicators) under another
 * question of the same evaluation, where it goes last. A criterion of a network framework stays
 * as the network wrote it.
 */
export async function updateCriterion(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  criterionId: string,
  input: TCriterionInput,
): Promise<FrameworkView> {
  const data = parseInput(ZCriterionInput, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const criterion = await loadCriterion(tx, evaluationId, criterionId);
    const question = await loadQuestion(tx, evaluationId, data.questionId);
    await assertNetworkItemUnlocked(
      tx,
      criterion,
      criterionLockViolation(criterion, { questionId: question.id, kind: data.kind, label: data.label }),
    );
    const moved = question.id !== criterion.questionId;
    await tx
      .update(frameworkCriteria)
      .set({
        questionId: question.id,
        kind: data.kind,
        label: data.label,
        ...(moved ? { position: await nextCriterionPosition(tx, question.id) } : {}),
      })
      .where(eq(frameworkCriteria.id, criterionId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.criterion_updated",
      targetType: "framework_criterion",
      targetId: criterionId,
      summary: {
        evaluation: evaluation.title,
        question: question.text,
        kind: data.kind,
        label: data.label,
        ...(criterion.label !== data.label ? { previousLabel: criterion.label } : {}),
      },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
