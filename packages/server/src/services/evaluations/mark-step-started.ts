import { type Db, evaluationSteps } from "@ricochet/db";
import type { EvaluationStep } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";

/** Working on a step's tool shows on the path: a step not started becomes in progress. */
export async function markStepStarted(
  tx: Db,
  evaluationId: string,
  step: EvaluationStep,
  now: Date,
): Promise<void> {
  await tx
    .update(evaluationSteps)
    .set({ status: "in_progress", updatedAt: now })
    .where(
      and(
        eq(evaluationSteps.evaluationId, evaluationId),
        eq(evaluationSteps.step, step),
        eq(evaluationSteps.status, "not_started"),
      ),
    );
}
