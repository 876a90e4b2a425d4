import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "./evaluation-access.ts";
import { type EvaluationDetail, loadEvaluationDetail } from "./evaluation-view.ts";

export async function getEvaluation(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<EvaluationDetail> {
  const { evaluation } = await authorizeEvaluation(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    "evaluation.read",
  );
  return loadEvaluationDetail(ctx.db, evaluation);
}
