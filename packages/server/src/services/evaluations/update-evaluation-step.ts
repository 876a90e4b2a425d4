import { evaluationSteps } from "@ricochet/db";
import {
  AppError,
  type EvaluationStep,
  parseInput,
  STEP_GUIDANCE,
  type TUpdateStep,
  ZStepParam,
  ZUpdateStep,
} from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "./evaluation-access.ts";
import { type EvaluationDetail, loadEvaluationDetail } from "./evaluation-view.ts";

/** Ticks checklist items and moves a step between not started, in progress and done (reopening it). */
export async function updateEvaluationStep(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  stepInput: string,
  input: TUpdateStep,
): Promise<EvaluationDetail> {
  const step: EvaluationStep = parseInput(ZStepParam, stepInput);
  const data = parseInput(ZUpdateStep, input);
  const known = new Set(STEP_GUIDANCE[step].checklist.map((item) => item.key));
  const unknown = data.checked?.find((key) => !known.has(key));
  if (unknown) throw new AppError("UNKNOWN_CHECKLIST_ITEM", { key: unknown, step });
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const now = nowOf(ctx);
    const where = and(eq(evaluationSteps.evaluationId, evaluationId), eq(evaluationSteps.step, step));
    const [current] = await tx.select().from(evaluationSteps).where(where);
    const before = current?.status ?? "not_started";
    const status = data.status ?? before;
    const values = {
      status,
      checked: data.checked ? [...new Set(data.checked)] : (current?.checked ?? []),
      updatedAt: now,
      ...(status === "done" && before !== "done"
        ? { completedAt: now, completedByUserId: actorUserId(ctx.actor) }
        : {}),
      ...(before === "done" && status !== "done" ? { reopenedAt: now, completedAt: null } : {}),
    };
    if (current) await tx.update(evaluationSteps).set(values).where(where);
    else await tx.insert(evaluationSteps).values({ evaluationId, organisationId, step, ...values });
    await touchEvaluation(tx, evaluationId, now);
    const action =
      status === before
        ? "evaluation.step_updated"
        : status === "done"
          ? "evaluation.step_done"
          : before === "done"
            ? "evaluation.step_reopened"
            : "evaluation.step_updated";
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action,
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: evaluation.title, step, from: before, to: status },
    });
    return loadEvaluationDetail(tx, { ...evaluation, updatedAt: now });
  });
}
