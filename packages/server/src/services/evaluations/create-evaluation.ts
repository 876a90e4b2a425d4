import { evaluationSteps, evaluations } from "@ricochet/db";
import { EVALUATION_STEPS, parseInput, type TCreateEvaluation, ZCreateEvaluation } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { type EvaluationDetail, loadEvaluationDetail } from "./evaluation-view.ts";

/** Starts an evaluation: the guided path opens on step 1 (scope), in progress. */
export async function createEvaluation(
  ctx: ServiceContext,
  organisationId: string,
  input: TCreateEvaluation,
): Promise<EvaluationDetail> {
  const data = parseInput(ZCreateEvaluation, input);
  return ctx.db.transaction(async (tx) => {
    await authorize(tx, ctx.actor, organisationId, "evaluation.write");
    const id = newId();
    const now = nowOf(ctx);
    const [row] = await tx
      .insert(evaluations)
      .values({
        id,
        organisationId,
        title: data.title,
        subject: data.subject ?? null,
        subjectKind: data.subjectKind,
        createdByUserId: actorUserId(ctx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(evaluationSteps).values(
      EVALUATION_STEPS.map((step) => ({
        evaluationId: id,
        organisationId,
        step,
        status: step === "scope" ? ("in_progress" as const) : ("not_started" as const),
        updatedAt: now,
      })),
    );
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "evaluation.created",
      targetType: "evaluation",
      targetId: id,
      summary: { evaluation: data.title },
    });
    if (!row) throw new Error("evaluation insert returned no row");
    return loadEvaluationDetail(tx, row);
  });
}
