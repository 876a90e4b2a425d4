import { evaluations } from "@ricochet/db";
import { AppError, type Locale, renderTocSvg } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { loadTheoryOfChange } from "../theory-of-change/load-theory-of-change.ts";
import { authorizeCohortMember } from "./cohort-access.ts";

/** A deliverable a support organisation may look at: the theory of change picture of a cohort member. */
export async function getCohortTheoryOfChangeSvg(
  ctx: ServiceContext,
  supportOrganisationId: string,
  structureId: string,
  evaluationId: string,
  locale: Locale,
): Promise<string> {
  await authorizeCohortMember(ctx.db, ctx.actor, supportOrganisationId, structureId);
  const [evaluation] = await ctx.db
    .select({ id: evaluations.id, title: evaluations.title })
    .from(evaluations)
    .where(and(eq(evaluations.id, evaluationId), eq(evaluations.organisationId, structureId)));
  if (!evaluation) throw new AppError("EVALUATION_NOT_FOUND");
  const { graph } = await loadTheoryOfChange(ctx.db, evaluationId);
  return renderTocSvg(graph, { locale, title: evaluation.title });
}
