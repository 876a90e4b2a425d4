import { type Db, frameworkIndicators, indicatorVersions } from "@ricochet/db";
import { and, countDistinct, eq } from "drizzle-orm";

/**
 * Evaluations whose framework pins any version of the definition; with `organisationId`, only
 * that organisation's (what its members may know), otherwise all (to decide on versioning).
 */
export async function countIndicatorUses(
  db: Db,
  definitionId: string,
  organisationId?: string,
): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(frameworkIndicators.evaluationId) })
    .from(frameworkIndicators)
    .innerJoin(indicatorVersions, eq(indicatorVersions.id, frameworkIndicators.indicatorVersionId))
    .where(
      and(
        eq(indicatorVersions.definitionId, definitionId),
        organisationId ? eq(frameworkIndicators.organisationId, organisationId) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}
