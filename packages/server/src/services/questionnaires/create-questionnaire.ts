import { questionnaires } from "@ricochet/db";
import { parseInput, type TCreateQuestionnaire, ZCreateQuestionnaire } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { emptyQuestionnaire } from "./empty-questionnaire.ts";
import { loadQuestionnaireDetail, type QuestionnaireDetail } from "./questionnaire-view.ts";

export async function createQuestionnaire(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TCreateQuestionnaire,
): Promise<QuestionnaireDetail> {
  const data = parseInput(ZCreateQuestionnaire, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const definition = data.definition ?? emptyQuestionnaire(data.title);
    const now = nowOf(ctx);
    const [row] = await tx
      .insert(questionnaires)
      .values({
        id: newId(),
        organisationId,
        evaluationId,
        title: data.title,
        draft: definition as never,
        createdByUserId: actorUserId(ctx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("questionnaire not inserted");
    await touchEvaluation(tx, evaluationId, now);
    await markStepStarted(tx, evaluationId, "collection", now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "questionnaire.created",
      targetType: "questionnaire",
      targetId: row.id,
      summary: { title: data.title, evaluation: evaluation.title },
    });
    return loadQuestionnaireDetail(tx, row);
  });
}
