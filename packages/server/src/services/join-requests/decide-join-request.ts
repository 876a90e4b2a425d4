import { joinRequests, organisations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { moveSubtree } from "../organisations/move-subtree.ts";
import { type JoinRequestView, toJoinRequestView } from "./join-request-view.ts";

/**
 * The network accepts or rejects a structure's request. Accepting moves the structure (and its
 * establishments) under the network: the request is the structure's consent.
 */
export async function decideJoinRequest(
  ctx: ServiceContext,
  organisationId: string,
  requestId: string,
  decision: "accept" | "reject",
): Promise<JoinRequestView> {
  return ctx.db.transaction(async (tx) => {
    const { organisation: target } = await authorize(tx, ctx.actor, organisationId, "joinRequest.decide");
    const [request] = await tx
      .select()
      .from(joinRequests)
      .where(and(eq(joinRequests.id, requestId), eq(joinRequests.targetOrganisationId, organisationId)))
      .for("update");
    if (!request) throw new AppError("JOIN_REQUEST_NOT_FOUND");
    if (request.status !== "pending") throw new AppError("JOIN_REQUEST_ALREADY_DECIDED");
    const [requester] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, request.organisationId));
    if (!requester) throw new AppError("JOIN_REQUEST_NOT_FOUND");
    if (decision === "accept") await moveSubtree(tx, requester.id, target.id);
    const [row] = await tx
      .update(joinRequests)
      .set({
        status: decision === "accept" ? "accepted" : "rejected",
        decidedAt: nowOf(ctx),
        decidedByUserId: actorUserId(ctx.actor),
      })
      .where(eq(joinRequests.id, requestId))
      .returning();
    if (!row) throw new AppError("JOIN_REQUEST_NOT_FOUND");
    for (const orgId of [requester.id, target.id]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: decision === "accept" ? "join_request.accepted" : "join_request.rejected",
        targetType: "join_request",
        targetId: requestId,
        summary: { organisation: requester.name, target: target.name, previousParentId: requester.parentId },
      });
    }
    return toJoinRequestView(row, { organisationName: requester.name, targetOrganisationName: target.name });
  });
}
