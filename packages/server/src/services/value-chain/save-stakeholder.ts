import { stakeholders } from "@ricochet/db";
import { parseInput, type TStakeholderInput, ZStakeholderInput } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { newId } from "../new-id.ts";
import { assertNameFree, loadItem, nextPosition } from "./value-chain-items.ts";
import { loadValueChain, type ValueChainView } from "./value-chain-view.ts";

/** Adds a stakeholder, or updates one when `stakeholderId` is given. */
export async function saveStakeholder(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TStakeholderInput,
  stakeholderId?: string,
): Promise<ValueChainView> {
  const data = parseInput(ZStakeholderInput, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    if (stakeholderId) await loadItem(tx, stakeholders, evaluationId, stakeholderId, stakeholderId);
    await assertNameFree(tx, stakeholders, evaluationId, data.name, stakeholderId);
    const values = {
      name: data.name,
      category: data.category,
      estimatedSize: data.estimatedSize ?? null,
      involvement: data.involvement,
      expectedChanges: data.expectedChanges ?? null,
    };
    const id = stakeholderId ?? newId();
    if (stakeholderId) await tx.update(stakeholders).set(values).where(eq(stakeholders.id, stakeholderId));
    else
      await tx.insert(stakeholders).values({
        id,
        evaluationId,
        organisationId,
        position: await nextPosition(tx, stakeholders, evaluationId),
        ...values,
      });
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await markStepStarted(tx, evaluationId, "stakeholders", nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: stakeholderId ? "stakeholder.updated" : "stakeholder.created",
      targetType: "stakeholder",
      targetId: id,
      summary: { evaluation: evaluation.title, name: data.name },
    });
    return loadValueChain(tx, evaluationId);
  });
}
