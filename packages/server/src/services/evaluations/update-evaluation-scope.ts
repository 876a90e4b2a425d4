import { evaluationQuestions, evaluations } from "@ricochet/db";
import {
  AppError,
  parseInput,
  questionLockViolations,
  type TEvaluationScope,
  ZEvaluationScope,
} from "@ricochet/domain";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { assertNetworkItemUnlocked } from "../network-frameworks/network-item-lock.ts";
import { newId } from "../new-id.ts";
import { authorizeEvaluation } from "./evaluation-access.ts";
import { type EvaluationDetail, loadEvaluationDetail } from "./evaluation-view.ts";
import { assertQuestionsRemovable } from "./question-usage.ts";

/** Step 1: what is evaluated, why, for whom, when, where, the questions and the steering committee. */
export async function updateEvaluationScope(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TEvaluationScope,
): Promise<EvaluationDetail> {
  const data = parseInput(ZEvaluationScope, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const start = data.periodStart !== undefined ? data.periodStart : evaluation.periodStart;
    const end = data.periodEnd !== undefined ? data.periodEnd : evaluation.periodEnd;
    if (start && end && start > end) {
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          path: "periodEnd",
          message: {
            fr: "La fin de la période précède son début.",
            en: "The end of the period is before its start.",
          },
        },
      ]);
    }
    const { questions, steeringCommittee, ...fields } = data;
    const [updated] = await tx
      .update(evaluations)
      .set({
        ...fields,
        ...(steeringCommittee
          ? { steeringCommittee: steeringCommittee.map((m) => ({ name: m.name, role: m.role ?? null })) }
          : {}),
        updatedAt: nowOf(ctx),
      })
      .where(eq(evaluations.id, evaluationId))
      .returning();
    if (!updated) throw new Error("evaluation update returned no row");
    if (questions) {
      const existing = await tx
        .select()
        .from(evaluationQuestions)
        .where(eq(evaluationQuestions.evaluationId, evaluationId));
      const existingIds = new Set(existing.map((q) => q.id));
      const unknown = questions.find((q) => q.id && !existingIds.has(q.id));
      if (unknown) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: unknown.id });
      // A question of a network framework comes back as it is (it may change place).
      const [locked] = questionLockViolations(existing, questions);
      if (locked)
        await assertNetworkItemUnlocked(
          tx,
          { ...locked.question, label: locked.question.text },
          locked.change,
        );
      const kept = questions.flatMap((q) => (q.id ? [q.id] : []));
      const removed = existing.filter((q) => !kept.includes(q.id));
      await assertQuestionsRemovable(tx, removed);
      if (removed.length > 0) {
        await tx
          .delete(evaluationQuestions)
          .where(
            and(
              eq(evaluationQuestions.evaluationId, evaluationId),
              kept.length > 0 ? notInArray(evaluationQuestions.id, kept) : undefined,
            ),
          );
      }
      for (const [position, question] of questions.entries()) {
        if (question.id) {
          await tx
            .update(evaluationQuestions)
            .set({ text: question.text, position })
            .where(
              and(
                eq(evaluationQuestions.evaluationId, evaluationId),
                inArray(evaluationQuestions.id, [question.id]),
              ),
            );
        } else {
          await tx
            .insert(evaluationQuestions)
            .values({ id: newId(), evaluationId, organisationId, position, text: question.text });
        }
      }
    }
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "evaluation.scope_updated",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: updated.title, fields: Object.keys(data) },
    });
    return loadEvaluationDetail(tx, updated);
  });
}
