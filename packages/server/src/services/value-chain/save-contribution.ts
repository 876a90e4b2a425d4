import { activities, contributions, stakeholders } from "@ricochet/db";
import { parseInput, type TContributionInput, ZContributionInput } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { loadItem } from "./value-chain-items.ts";
import { loadValueChain, type ValueChainView } from "./value-chain-view.ts";

/** Records what a stakeholder brings to an activity, or updates it when `contributionId` is given. */
export async function saveContribution(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TContributionInput,
  contributionId?: string,
): Promise<ValueChainView> {
  const data = parseInput(ZContributionInput, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    if (contributionId) await loadItem(tx, contributions, evaluationId, contributionId, contributionId);
    const stakeholder = await loadItem(
      tx,
      stakeholders,
      evaluationId,
      data.stakeholderId,
      data.stakeholderId,
    );
    const activity = await loadItem(tx, activities, evaluationId, data.activityId, data.activityId);
    const isTime = data.kind === "volunteer_time" || data.kind === "staff_time";
    // Only the fields of the chosen kind are kept, so a changed kind leaves no stale figure.
    const values = {
      stakeholderId: stakeholder.id,
      activityId: activity.id,
      kind: data.kind,
      amount: isTime ? null : (data.amount ?? null),
      hours: isTime ? (data.hours ?? null) : null,
      hourlyValue: isTime ? (data.hourlyValue ?? null) : null,
      description: data.description ?? null,
      valueSource: data.valueSource ?? null,
    };
    const id = contributionId ?? newId();
    if (contributionId)
      await tx.update(contributions).set(values).where(eq(contributions.id, contributionId));
    else await tx.insert(contributions).values({ id, evaluationId, organisationId, ...values });
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await markStepStarted(tx, evaluationId, "stakeholders", nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: contributionId ? "contribution.updated" : "contribution.created",
      targetType: "contribution",
      targetId: id,
      summary: {
        evaluation: evaluation.title,
        stakeholder: stakeholder.name,
        activity: activity.name,
        kind: data.kind,
      },
    });
    return loadValueChain(tx, evaluationId);
  });
}
