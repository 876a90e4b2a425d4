import { indicatorDefinitions, indicatorVersions } from "@ricochet/db";
import { AppError, can, parseInput, type TUpdateIndicator, ZUpdateIndicator } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { countIndicatorUses } from "./indicator-usage.ts";
import type { IndicatorView } from "./indicator-view.ts";
import { loadEditableIndicator, loadVisibleIndicator } from "./load-visible-indicator.ts";
import { assertCodeFree, versionColumns } from "./write-indicator.ts";

/**
 * Changes a definition. While no evaluation pins it, the current version is corrected in place;
 * once used, the change becomes a new version, and the evaluations keep theirs until they upgrade.
 */
export async function updateIndicator(
  ctx: ServiceContext,
  organisationId: string,
  indicatorId: string,
  input: TUpdateIndicator,
): Promise<IndicatorView & { newVersion: boolean }> {
  const { scope: newScope, changeNote, ...rest } = parseInput(ZUpdateIndicator, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation, grants } = await authorize(tx, ctx.actor, organisationId, "indicator.write");
    const current = await loadEditableIndicator(tx, organisationId, indicatorId);
    const scope = newScope ?? current.scope;
    if ((scope === "network" || current.scope === "network") && !can(grants, "indicator.share")) {
      throw new AppError("FORBIDDEN");
    }
    if (scope !== current.scope) {
      await assertCodeFree(tx, { organisationId, path: organisation.path }, current.code, scope, indicatorId);
    }
    const content = { ...rest, code: current.code };
    const now = nowOf(ctx);
    const used = (await countIndicatorUses(tx, indicatorId)) > 0;
    if (used) {
      const version = current.currentVersion + 1;
      await tx.insert(indicatorVersions).values({
        id: newId(),
        definitionId: indicatorId,
        version,
        ...versionColumns(content),
        changeNote: changeNote ?? null,
        createdByUserId: actorUserId(ctx.actor),
        createdAt: now,
      });
      await tx
        .update(indicatorDefinitions)
        .set({ currentVersion: version, scope, updatedAt: now })
        .where(eq(indicatorDefinitions.id, indicatorId));
    } else {
      await tx
        .update(indicatorVersions)
        .set({ ...versionColumns(content), changeNote: changeNote ?? null })
        .where(
          and(
            eq(indicatorVersions.definitionId, indicatorId),
            eq(indicatorVersions.version, current.currentVersion),
          ),
        );
      await tx
        .update(indicatorDefinitions)
        .set({ scope, updatedAt: now })
        .where(eq(indicatorDefinitions.id, indicatorId));
    }
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: used ? "indicator.versioned" : "indicator.updated",
      targetType: "indicator",
      targetId: indicatorId,
      summary: {
        code: current.code,
        name: content.name.fr,
        version: used ? current.currentVersion + 1 : current.currentVersion,
      },
    });
    return { ...(await loadVisibleIndicator(tx, organisationId, indicatorId)), newVersion: used };
  });
}
