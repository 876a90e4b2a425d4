import { parseInput, type TCreateIndicator, ZCreateIndicator } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import type { IndicatorView } from "./indicator-view.ts";
import { loadVisibleIndicator } from "./load-visible-indicator.ts";
import { assertCodeFree, insertIndicator } from "./write-indicator.ts";

/** Adds a definition to the organisation's library, private or shared with its subtree. */
export async function createIndicator(
  ctx: ServiceContext,
  organisationId: string,
  input: TCreateIndicator,
): Promise<IndicatorView> {
  const { scope, ...content } = parseInput(ZCreateIndicator, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(
      tx,
      ctx.actor,
      organisationId,
      scope === "network" ? "indicator.share" : "indicator.write",
    );
    await assertCodeFree(tx, { organisationId, path: organisation.path }, content.code, scope);
    const id = await insertIndicator(tx, {
      organisationId,
      scope,
      builtIn: false,
      content,
      userId: actorUserId(ctx.actor),
      now: nowOf(ctx),
    });
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "indicator.created",
      targetType: "indicator",
      targetId: id,
      summary: { code: content.code, name: content.name.fr, scope },
    });
    return loadVisibleIndicator(tx, organisationId, id);
  });
}
