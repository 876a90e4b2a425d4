import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { loadTheoryOfChange, type TheoryOfChangeState } from "./load-theory-of-change.ts";

export async function getTheoryOfChange(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<TheoryOfChangeState> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return loadTheoryOfChange(ctx.db, evaluationId);
}
