import { invitations, memberships, organisations } from "@ricochet/db";
import { AppError, type Role } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { newId } from "../new-id.ts";
import { assertInvitationUsable } from "./check-invitation.ts";
import { hashInvitationToken } from "./invitation-token.ts";

export interface AcceptedInvitation {
  organisationId: string;
  organisationName: string;
  role: Role;
}

/**
 * Turns an invitation into a membership. Accepting twice (a double click, a retried request)
 * by the same person answers the same result and stores one membership.
 */
export async function acceptInvitation(ctx: ServiceContext, token: string): Promise<AcceptedInvitation> {
  const actor = ctx.actor;
  if (actor.type !== "user") throw new AppError("UNAUTHENTICATED");
  return ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)))
      .for("update");
    if (!invitation) throw new AppError("INVITATION_NOT_FOUND");
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, invitation.organisationId));
    if (!organisation) throw new AppError("INVITATION_NOT_FOUND");
    const result = {
      organisationId: organisation.id,
      organisationName: organisation.name,
      role: invitation.role,
    };
    if (invitation.acceptedByUserId === actor.userId) return result;
    const now = nowOf(ctx);
    assertInvitationUsable(invitation, now);
    if (invitation.email && invitation.email !== actor.email.toLowerCase()) {
      throw new AppError("INVITATION_WRONG_EMAIL", { email: invitation.email });
    }
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.organisationId, organisation.id), eq(memberships.userId, actor.userId)));
    if (existing) throw new AppError("ALREADY_MEMBER", { organisation: organisation.name });
    const membershipId = newId();
    await tx.insert(memberships).values({
      id: membershipId,
      organisationId: organisation.id,
      userId: actor.userId,
      role: invitation.role,
    });
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedByUserId: actor.userId })
      .where(eq(invitations.id, invitation.id));
    await recordAuditEvent(tx, actor, {
      organisationId: organisation.id,
      action: "invitation.accepted",
      targetType: "membership",
      targetId: membershipId,
      summary: { invitationId: invitation.id, role: invitation.role, userId: actor.userId },
    });
    return result;
  });
}
