import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { type FrameworkView, loadFramework } from "./framework-view.ts";

export async function getFramework(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<FrameworkView> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return loadFramework(ctx.db, organisationId, evaluationId);
}
