import { evaluations } from "@ricochet/db";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "./evaluation-access.ts";

/** Deletes an evaluation and everything under it (admins only); the audit log keeps its title. */
export async function deleteEvaluation(ctx: ServiceContext, organisationId: string, evaluationId: string) {
  await ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.delete",
    );
    await tx.delete(evaluations).where(eq(evaluations.id, evaluationId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "evaluation.deleted",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: evaluation.title },
    });
  });
}
