import { joinRequests, organisations } from "@ricochet/db";
import {
  AppError,
  canBePlacedUnder,
  ORGANISATION_KIND_LABELS,
  parseInput,
  type TCreateJoinRequest,
  wouldCreateCycle,
  ZCreateJoinRequest,
} from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { type JoinRequestView, toJoinRequestView } from "./join-request-view.ts";

/** A structure asks a network (or a regional body) to take it into its tree. */
export async function createJoinRequest(
  ctx: ServiceContext,
  organisationId: string,
  input: TCreateJoinRequest,
): Promise<JoinRequestView> {
  const data = parseInput(ZCreateJoinRequest, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(tx, ctx.actor, organisationId, "joinRequest.create");
    const [target] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, data.targetOrganisationId));
    if (!target) throw new AppError("ORGANISATION_NOT_FOUND");
    if (target.id === organisation.id || wouldCreateCycle(organisation.path, target.path)) {
      throw new AppError("TREE_CYCLE", { parent: target.name, organisation: organisation.name });
    }
    if (!canBePlacedUnder(organisation.kind, target.kind)) {
      throw new AppError("TREE_KIND_MISMATCH", {
        childKind: ORGANISATION_KIND_LABELS[organisation.kind],
        parentKind: ORGANISATION_KIND_LABELS[target.kind],
      });
    }
    const [pending] = await tx
      .select({ id: joinRequests.id })
      .from(joinRequests)
      .where(and(eq(joinRequests.organisationId, organisationId), eq(joinRequests.status, "pending")));
    if (pending) throw new AppError("JOIN_REQUEST_PENDING");
    const [row] = await tx
      .insert(joinRequests)
      .values({
        id: newId(),
        organisationId,
        targetOrganisationId: target.id,
        message: data.message ?? null,
        requestedByUserId: actorUserId(ctx.actor),
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    for (const orgId of [organisationId, target.id]) {
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: "join_request.created",
        targetType: "join_request",
        targetId: row.id,
        summary: { organisation: organisation.name, target: target.name },
      });
    }
    return toJoinRequestView(row, {
      organisationName: organisation.name,
      targetOrganisationName: target.name,
    });
  });
}
