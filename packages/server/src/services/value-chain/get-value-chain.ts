import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { loadValueChain, type ValueChainView } from "./value-chain-view.ts";

export async function getValueChain(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<ValueChainView> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return loadValueChain(ctx.db, evaluationId);
}
