import { indicatorDefinitions } from "@ricochet/db";
import { AppError, can } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { countIndicatorUses } from "./indicator-usage.ts";
import { loadEditableIndicator } from "./load-visible-indicator.ts";

/** Deletes an unused definition; one pinned by any evaluation stays (its results depend on it). */
export async function deleteIndicator(ctx: ServiceContext, organisationId: string, indicatorId: string) {
  await ctx.db.transaction(async (tx) => {
    const { grants } = await authorize(tx, ctx.actor, organisationId, "indicator.write");
    const indicator = await loadEditableIndicator(tx, organisationId, indicatorId);
    if (indicator.scope === "network" && !can(grants, "indicator.share")) throw new AppError("FORBIDDEN");
    const uses = await countIndicatorUses(tx, indicatorId);
    if (uses > 0) throw new AppError("INDICATOR_IN_USE", { code: indicator.code, count: uses });
    await tx.delete(indicatorDefinitions).where(eq(indicatorDefinitions.id, indicatorId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "indicator.deleted",
      targetType: "indicator",
      targetId: indicatorId,
      summary: { code: indicator.code, name: indicator.content.name.fr },
    });
  });
}
