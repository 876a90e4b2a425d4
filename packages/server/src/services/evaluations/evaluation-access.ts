import { type Db, evaluations } from "@ricochet/db";
import { AppError, type Permission } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { type Authorized, authorize } from "../authorize.ts";
import type { Actor } from "../context.ts";

export type EvaluationRow = typeof evaluations.$inferSelect;

/**
 * Authorizes the actor on the organisation, then loads the evaluation *of that organisation*:
 * an id from another organisation is not found, whatever the caller's roles elsewhere.
 */
export async function authorizeEvaluation(
  tx: Db,
  actor: Actor,
  organisationId: string,
  evaluationId: string,
  permission: Permission,
): Promise<Authorized & { evaluation: EvaluationRow }> {
  const authorized = await authorize(tx, actor, organisationId, permission);
  const [evaluation] = await tx
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.id, evaluationId), eq(evaluations.organisationId, organisationId)));
  if (!evaluation) throw new AppError("EVALUATION_NOT_FOUND");
  return { ...authorized, evaluation };
}

/** Marks the evaluation as changed (lists sort by it; coaching shows it). */
export async function touchEvaluation(tx: Db, evaluationId: string, now: Date): Promise<void> {
  await tx.update(evaluations).set({ updatedAt: now }).where(eq(evaluations.id, evaluationId));
}
