import { activities } from "@ricochet/db";
import { parseInput, type TActivityInput, ZActivityInput } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { assertNameFree, loadItem, nextPosition } from "./value-chain-items.ts";
import { loadValueChain, type ValueChainView } from "./value-chain-view.ts";

/** Adds an activity of the evaluated project, or updates one when `activityId` is given. */
export async function saveActivity(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TActivityInput,
  activityId?: string,
): Promise<ValueChainView> {
  const data = parseInput(ZActivityInput, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    if (activityId) await loadItem(tx, activities, evaluationId, activityId, activityId);
    await assertNameFree(tx, activities, evaluationId, data.name, activityId);
    const values = { name: data.name, description: data.description ?? null };
    const id = activityId ?? newId();
    if (activityId) await tx.update(activities).set(values).where(eq(activities.id, activityId));
    else
      await tx.insert(activities).values({
        id,
        evaluationId,
        organisationId,
        position: await nextPosition(tx, activities, evaluationId),
        ...values,
      });
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await markStepStarted(tx, evaluationId, "stakeholders", nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: activityId ? "activity.updated" : "activity.created",
      targetType: "activity",
      targetId: id,
      summary: { evaluation: evaluation.title, name: data.name },
    });
    return loadValueChain(tx, evaluationId);
  });
}
