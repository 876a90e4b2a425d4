import { indicatorVersions } from "@ricochet/db";
import { desc, eq } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { countIndicatorUses } from "./indicator-usage.ts";
import type { IndicatorView } from "./indicator-view.ts";
import { loadVisibleIndicator } from "./load-visible-indicator.ts";

export interface IndicatorDetail extends IndicatorView {
  versions: Array<{ id: string; version: number; changeNote: string | null; createdAt: string }>;
  /** How many evaluations of this organisation pin a version of it, and which. */
  usage: { evaluations: number };
}

export async function getIndicator(
  ctx: ServiceContext,
  organisationId: string,
  indicatorId: string,
): Promise<IndicatorDetail> {
  await authorize(ctx.db, ctx.actor, organisationId, "evaluation.read");
  const indicator = await loadVisibleIndicator(ctx.db, organisationId, indicatorId);
  const versions = await ctx.db
    .select({
      id: indicatorVersions.id,
      version: indicatorVersions.version,
      changeNote: indicatorVersions.changeNote,
      createdAt: indicatorVersions.createdAt,
    })
    .from(indicatorVersions)
    .where(eq(indicatorVersions.definitionId, indicatorId))
    .orderBy(desc(indicatorVersions.version));
  return {
    ...indicator,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    usage: { evaluations: await countIndicatorUses(ctx.db, indicatorId, organisationId) },
  };
}
