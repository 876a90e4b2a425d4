import { activities, contributions, stakeholders } from "@ricochet/db";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { loadItem } from "./value-chain-items.ts";
import { loadValueChain, type ValueChainView } from "./value-chain-view.ts";

const TABLES = { stakeholder: stakeholders, activity: activities, contribution: contributions } as const;
export type ValueChainItemKind = keyof typeof TABLES;

/**
 * Deletes a stakeholder, an activity or a contribution. Removing a stakeholder or an activity
 * removes its contributions too; the audit event says how many.
 */
export async function deleteValueChainItem(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  kind: ValueChainItemKind,
  itemId: string,
): Promise<ValueChainView> {
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const table = TABLES[kind];
    const row = await loadItem(tx, table, evaluationId, itemId, itemId);
    const dependents =
      kind === "contribution"
        ? []
        : await tx
            .select({ id: contributions.id })
            .from(contributions)
            .where(
              eq(kind === "stakeholder" ? contributions.stakeholderId : contributions.activityId, itemId),
            );
    await tx.delete(table).where(eq(table.id, itemId));
    await touchEvaluation(tx, evaluationId, nowOf(ctx));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: `${kind}.deleted`,
      targetType: kind,
      targetId: itemId,
      summary: {
        evaluation: evaluation.title,
        ...("name" in row ? { name: row.name } : {}),
        contributionsRemoved: dependents.length,
      },
    });
    return loadValueChain(tx, evaluationId);
  });
}
