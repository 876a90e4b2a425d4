import { evaluations } from "@ricochet/db";
import { desc, eq } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type EvaluationSummary, summariseEvaluations } from "./evaluation-view.ts";

export async function listEvaluations(
  ctx: ServiceContext,
  organisationId: string,
): Promise<EvaluationSummary[]> {
  await authorize(ctx.db, ctx.actor, organisationId, "evaluation.read");
  const rows = await ctx.db
    .select()
    .from(evaluations)
    .where(eq(evaluations.organisationId, organisationId))
    .orderBy(desc(evaluations.updatedAt));
  return summariseEvaluations(ctx.db, rows);
}
