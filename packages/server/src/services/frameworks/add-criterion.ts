import { frameworkCriteria } from "@ricochet/db";
import { parseInput, type TCriterionInput, ZCriterionInput } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { newId } from "../new-id.ts";
import { loadQuestion, nextCriterionPosition } from "./framework-items.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

/** Adds a criterion under one of the evaluation's questions, after the ones already there. */
export async function addCriterion(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
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
    const question = await loadQuestion(tx, evaluationId, data.questionId);
    const id = newId();
    await tx.insert(frameworkCriteria).values({
      id,
      evaluationId,
      organisationId,
      questionId: question.id,
      kind: data.kind,
      label: data.label,
      position: await nextCriterionPosition(tx, question.id),
    });
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "framework.criterion_added",
      targetType: "framework_criterion",
      targetId: id,
      summary: { evaluation: evaluation.title, question: question.text, kind: data.kind, label: data.label },
    });
    return loadFramework(tx, organisationId, evaluationId);
  });
}
